using System.Text;

namespace Partnership.GraphQL.Language;

/// <summary>
/// Block string rules (spec section 2.9.6 BlockStringValue): removing the common indentation and the blank
/// leading and trailing lines when reading, and choosing a faithful layout when printing, as graphql-js does.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// graphql-js <c>dedentBlockStringLines</c> then join with \n: the common indent of all lines but the first
    /// is removed, and blank (white-space only) lines at the start and the end are dropped.
    /// </summary>
    internal static string DedentAndJoin(List<string> lines)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length) continue;
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return string.Empty;
        var sb = new StringBuilder();
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i != firstNonEmpty) sb.Append('\n');
            var line = lines[i];
            if (i == 0) sb.Append(line);
            else if (commonIndent < line.Length) sb.Append(line, commonIndent, line.Length - commonIndent);
        }
        return sb.ToString();
    }

    private static int LeadingWhitespace(string s)
    {
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
        return i;
    }

    /// <summary>
    /// graphql-js <c>isPrintableAsBlockString</c>: whether <paramref name="value"/> survives a round trip
    /// through a block string (no control characters, no leading blank line, no common indentation to lose).
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case '\u0000':
                case '\u0001':
                case '\u0002':
                case '\u0003':
                case '\u0004':
                case '\u0005':
                case '\u0006':
                case '\u0007':
                case '\u0008':
                case '\u000B':
                case '\u000C':
                case '\u000E':
                case '\u000F':
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    /// <summary>graphql-js <c>printBlockString</c>: the value as a block string literal, triple quotes included.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        // Lines are split on \r\n, \n and \r as graphql-js splits them.
        int lineCount = 1;
        bool forceLeadingNewLine = true;
        for (int i = 0; i <= escaped.Length; i++)
        {
            if (i == escaped.Length || escaped[i] == '\n' || escaped[i] == '\r')
            {
                if (i == escaped.Length) break;
                if (escaped[i] == '\r' && i + 1 < escaped.Length && escaped[i + 1] == '\n') i++;
                lineCount++;
                int next = i + 1;
                // Every line after the first must be empty or start with white space to force a leading newline.
                if (next < escaped.Length && escaped[next] != '\n' && escaped[next] != '\r'
                    && escaped[next] != ' ' && escaped[next] != '\t')
                    forceLeadingNewLine = false;
            }
        }
        bool isSingleLine = lineCount == 1;
        forceLeadingNewLine = lineCount > 1 && forceLeadingNewLine;
        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var sb = new StringBuilder(escaped.Length + 8);
        sb.Append("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && (value[0] == ' ' || value[0] == '\t');
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) sb.Append('\n');
        sb.Append("\"\"\"");
        return sb.ToString();
    }
}
