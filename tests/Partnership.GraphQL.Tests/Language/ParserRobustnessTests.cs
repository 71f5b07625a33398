using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

public sealed class ParserRobustnessTests
{
    private static readonly string[] Seeds =
    [
        "query Q($v: [Int!]! = [1, 2] @d, \"desc\" $w: In = {a: \"s\", b: [ENUM]}) @x { a: f(x: $v, y: \"\\u{1F600}\") { ...F ... on T @s { b } } }",
        "\"\"\"\n  Block \\\"\"\" desc\n\"\"\"\ntype T implements & A & B @d(x: 1.5e3) { f(\"arg\" a: Int = -0): [S!]! }",
        "directive @d(a: [String] = [\"\\n\"]) repeatable on FIELD | QUERY extend directive @d @x extend schema @a { query: Q }",
        "union U = | A | B enum E { A @deprecated(reason: \"\u00e9\") } input I { a: Int = 1 } # comment \U0001F600\nscalar S",
        "fragment F on T { a(x: {b: {c: [[1], [2.0e-1]]}}) } { ...F } subscription { s }",
    ];

    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", ".", "..", "...", "\"", "\"\"\"", "\\", "\\u", "\\u{",
        "#", "\n", "\r", ",", "-", "0", "1e", "on ", "extend ", "\u00e9", "\U0001F600", "\uFEFF", "\uD800", "'",
    ];

    [Fact]
    public void Parse_RandomlyMutatedDocuments_EitherParseAndPrintOrFailWithSyntaxError()
    {
        var random = new Random(20250901);
        for (int i = 0; i < 3000; i++)
        {
            var text = Seeds[random.Next(Seeds.Length)];
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                int at = random.Next(text.Length + 1);
                text = random.Next(3) switch
                {
                    0 => text.Insert(at, Insertions[random.Next(Insertions.Length)]),
                    1 when at < text.Length => text.Remove(at, 1),
                    _ => text[..at],
                };
            }
            try
            {
                var document = Parser.Parse(text);
                var printed = Printer.Print(document);
                Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
            }
            catch (GraphQLError error)
            {
                Assert.StartsWith("Syntax Error: ", error.Message);
                Assert.Single(error.Locations);
                Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
            }
        }
    }
}
