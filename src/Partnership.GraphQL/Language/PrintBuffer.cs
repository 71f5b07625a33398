using System.Text;

namespace Partnership.GraphQL.Language;

/// <summary>
/// A piece of printed text, chained to the pieces after it, as graphql-js 17's printer builds its output: each
/// piece knows its length (with the indentation it will get) and how many line breaks it holds, which the
/// line-length and multi-line rules read before the pieces are rendered. Printing is not a hot path; what matters
/// is that every rule measures exactly what graphql-js measures.
/// </summary>
internal sealed class PrintBuffer
{
    /// <summary>The empty piece. Never changed: every operation returns it untouched or a different piece.</summary>
    public static readonly PrintBuffer Empty = new(string.Empty);

    private readonly string _text;
    private readonly bool _multiline;
    private PrintBuffer? _next;
    private PrintBuffer _tail;
    private bool _indentBefore;
    private bool _dedentAfter;

    public PrintBuffer(string text, bool isBlockString = false)
    {
        _text = text;
        _tail = this;
        Length = text.Length;
        int newlines = 0;
        foreach (char c in text)
        {
            if (c == '\n') newlines++;
        }
        Newlines = newlines;
        _multiline = newlines > 0;
        IsBlockString = isBlockString;
    }

    /// <summary>UTF-16 length of the chain, counting the two spaces each indented line will get.</summary>
    public int Length { get; private set; }

    /// <summary>Line breaks in the chain.</summary>
    public int Newlines { get; private set; }

    public bool IsBlockString { get; }

    public PrintBuffer Append(string text) => text.Length == 0 ? this : Append(new PrintBuffer(text));

    public PrintBuffer Append(PrintBuffer next)
    {
        if (next.Length == 0) return this;
        _tail._next = next;
        _tail = next._tail;
        Length += next.Length;
        Newlines += next.Newlines;
        return this;
    }

    /// <summary>Marks the chain to be indented two spaces after each of its line breaks and at its start.</summary>
    public PrintBuffer Indent()
    {
        if (Length == 0) return this;
        _indentBefore = true;
        _tail._dedentAfter = true;
        Length += 2 * (Newlines + 1);
        return this;
    }

    /// <summary>Writes the chain, putting the current indentation after every line break.</summary>
    public string Render()
    {
        var output = new StringBuilder(Length);
        int depth = 0;
        for (var part = this; part is not null; part = part._next)
        {
            if (part._indentBefore)
            {
                depth++;
                output.Append("  ");
            }
            if (!part._multiline)
            {
                output.Append(part._text);
            }
            else
            {
                var text = part._text.AsSpan();
                int lineStart = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] != '\n') continue;
                    output.Append(text[lineStart..i]).Append('\n').Append(' ', depth * 2);
                    lineStart = i + 1;
                }
                output.Append(text[lineStart..]);
            }
            if (part._dedentAfter) depth--;
        }
        return output.ToString();
    }
}
