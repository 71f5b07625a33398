using System.Text;

namespace Partnership.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document, held as UTF-8 (the form it arrives in over HTTP).
/// AST locations are byte offsets into <see cref="Body"/>; <see cref="GetLocation"/> turns one into
/// the line and column a person sees, counting columns in UTF-16 code units as graphql-js does.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
        : this(Encode(body), name)
    {
        _text = body;
    }

    /// <summary>
    /// UTF-8, except that a lone surrogate (which a JSON string may carry as <c>\ud800</c>) is kept as its own
    /// three bytes (ED A0..BF xx, "WTF-8") rather than replaced, so the lexer can reject it as graphql-js does.
    /// </summary>
    private static byte[] Encode(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return Encoding.UTF8.GetBytes(text);
        var bytes = new List<byte>(text.Length * 2);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                bytes.Add(0xED);
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
                continue;
            }
            var rune = char.IsHighSurrogate(c) ? new System.Text.Rune(c, text[++i]) : new System.Text.Rune(c);
            int n = rune.EncodeToUtf8(buffer);
            for (int j = 0; j < n; j++) bytes.Add(buffer[j]);
        }
        return bytes.ToArray();
    }

    /// <summary>The lone surrogate encoded at <paramref name="position"/> (see <see cref="Encode"/>), or -1.</summary>
    internal static int SurrogateAt(ReadOnlySpan<byte> body, int position)
    {
        if (position + 2 >= body.Length || body[position] != 0xED || (body[position + 1] & 0xE0) != 0xA0
            || (body[position + 2] & 0xC0) != 0x80)
            return -1;
        return 0xD000 | ((body[position + 1] & 0x3F) << 6) | (body[position + 2] & 0x3F);
    }

    public Source(ReadOnlyMemory<byte> utf8Body, string name = "GraphQL request")
    {
        Body = utf8Body;
        Name = name;
    }

    private string? _text;

    /// <summary>The document as UTF-8 bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>A name for the source used in messages, as graphql-js's <c>Source.name</c>.</summary>
    public string Name { get; }

    /// <summary>The document as a .NET string (decoded on first use).</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(Body.Span);

    /// <summary>
    /// Line (1-based) and column (1-based, UTF-16 code units) of a byte offset.
    /// Line terminators are \n, \r\n and \r, as in the GraphQL specification.
    /// </summary>
    public SourceLocation GetLocation(int byteOffset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body.Span);
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= byteOffset) lo = mid; else hi = mid - 1;
        }
        var lineStart = starts[lo];
        var span = Body.Span;
        var length = Math.Clamp(byteOffset, lineStart, span.Length) - lineStart;
        // Column counts UTF-16 code units between the line start and the offset; a lone surrogate is one unit,
        // though a UTF-8 decoder counts its three bytes as three replacement characters.
        var line = span.Slice(lineStart, length);
        var column = Encoding.UTF8.GetCharCount(line) + 1;
        for (int i = line.IndexOf((byte)0xED); i >= 0 && i < line.Length; i++)
        {
            if (SurrogateAt(line, i) >= 0)
            {
                column -= 2;
                i += 2;
            }
        }
        return new SourceLocation(lo + 1, column);
    }

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> body)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b == (byte)'\n') starts.Add(i + 1);
            else if (b == (byte)'\r')
            {
                if (i + 1 < body.Length && body[i + 1] == (byte)'\n') i++;
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}

/// <summary>A line and column, both 1-based; the column in UTF-16 code units.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>Where an AST node sits in its source: byte offsets, end exclusive.</summary>
public sealed class Location
{
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    public int Start { get; }
    public int End { get; }
    public Source Source { get; }
}
