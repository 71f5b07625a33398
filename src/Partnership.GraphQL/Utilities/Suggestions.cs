namespace Partnership.GraphQL.Utilities;

/// <summary>
/// "Did you mean" hints as graphql-js builds them (<c>suggestionList</c>, <c>didYouMean</c>, <c>orList</c>,
/// <c>naturalCompare</c>), so messages that carry suggestions match graphql-js word for word.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, nearest first (graphql-js <c>suggestionList</c>).</summary>
    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var measured = new List<(string Option, int Distance)>();
        var distance = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var d = distance.Measure(option, threshold);
            if (d is null) continue;
            if (seen.Add(option)) measured.Add((option, d.Value));
            else
            {
                // A repeated option keeps its first position but takes the later distance, as a JS object key would.
                var i = measured.FindIndex(m => m.Option == option);
                measured[i] = (option, d.Value);
            }
        }
        measured.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new string[measured.Count];
        for (int i = 0; i < result.Length; i++) result[i] = measured[i].Option;
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string (graphql-js <c>didYouMean</c>).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>" Did you mean {subMessage} "a" or "b"?" or the empty string.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = " Did you mean ";
        if (subMessage is not null) message += subMessage + " ";
        var count = Math.Min(MaxSuggestions, suggestions.Count);
        var quoted = new string[count];
        for (int i = 0; i < count; i++) quoted[i] = "\"" + suggestions[i] + "\"";
        return message + OrList(quoted) + "?";
    }

    /// <summary>"a", "a or b", "a, b, or c" (graphql-js <c>orList</c>).</summary>
    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    /// <summary>"a", "a and b", "a, b, and c" (graphql-js <c>andList</c>).</summary>
    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items)
    {
        switch (items.Count)
        {
            case 0: throw new ArgumentException("At least one item is required.", nameof(items));
            case 1: return items[0];
            case 2: return items[0] + " " + conjunction + " " + items[1];
        }
        var head = new string[items.Count - 1];
        for (int i = 0; i < head.Length; i++) head[i] = items[i];
        return string.Join(", ", head) + ", " + conjunction + " " + items[^1];
    }

    /// <summary>Compares strings with runs of digits compared as numbers (graphql-js <c>naturalCompare</c>).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai], bc = b[bi];
            if (IsDigit(ac) && IsDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = an * 10 + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                } while (IsDigit(ac) && an > 0);
                long bn = 0;
                do
                {
                    ++bi;
                    bn = bn * 10 + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                } while (IsDigit(bc) && bn > 0);
                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    /// <summary>Damerau–Levenshtein distance (optimal string alignment) over lower-cased text, with a threshold.</summary>
    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLower;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLower = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        public int? Measure(string option, int threshold)
        {
            if (_input == option) return 0;
            var optionLower = option.ToLowerInvariant();
            if (_inputLower == optionLower) return 1;
            string a = optionLower, b = _inputLower;
            if (a.Length < b.Length) (a, b) = (b, a);
            int aLength = a.Length, bLength = b.Length;
            if (aLength - bLength > threshold) return null;
            var rows = _rows;
            for (int j = 0; j <= bLength; j++) rows[0][j] = j;
            for (int i = 1; i <= aLength; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                int smallest = current[0] = i;
                for (int j = 1; j <= bLength; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    }
                    if (cell < smallest) smallest = cell;
                    current[j] = cell;
                }
                if (smallest > threshold) return null;
            }
            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}
