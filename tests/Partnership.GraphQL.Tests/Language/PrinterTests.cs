using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

// Expected texts are graphql-js 17.1.0's print (and printBlockString, isPrintableAsBlockString, printString) output.
public sealed class PrinterTests
{
    [Theory]
    [InlineData("{ a(x: 1.5e10) }", "{\n  a(x: 1.5e10)\n}", 8)]
    [InlineData("{ a(x: -1.5E-10) }", "{\n  a(x: -1.5E-10)\n}", 8)]
    [InlineData("{ a(x: 1e5) }", "{\n  a(x: 1e5)\n}", 8)]
    [InlineData("{ a(x: -0) }", "{\n  a(x: -0)\n}", 8)]
    [InlineData("{ a(x: 0.0) }", "{\n  a(x: 0.0)\n}", 8)]
    [InlineData("{ a(x: \"\\u{1F600}\") }", "{\n  a(x: \"\U0001F600\")\n}", 8)]
    [InlineData("{ a(x: \"\\uD83D\\uDE00\") }", "{\n  a(x: \"\U0001F600\")\n}", 8)]
    [InlineData("{ a(x: \"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\") }", "{\n  a(x: \"a\\\"b\\\\c/d\\be\\ff\\ng\\rh\\ti\")\n}", 8)]
    [InlineData("{ a(x: \"\u00E9\U0001F600\") }", "{\n  a(x: \"\u00E9\U0001F600\")\n}", 8)]
    [InlineData("{ a(x: \"x\\u0041y\") }", "{\n  a(x: \"xAy\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"abc\"\"\") }", "{\n  a(x: \"\"\"abc\"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"\n    a\n      b\n    c\n\"\"\") }", "{\n  a(x: \"\"\"\n  a\n    b\n  c\n  \"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"  \n\n  x\n\n  \"\"\") }", "{\n  a(x: \"\"\"x\"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"a\\\"\"\"b\"\"\") }", "{\n  a(x: \"\"\"a\\\"\"\"b\"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"\r\n  a\r\n  b\r  c\"\"\") }", "{\n  a(x: \"\"\"\n  a\n  b\n  c\n  \"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"\u00E9\n  \U0001F600\"\"\") }", "{\n  a(x: \"\"\"\n  \u00E9\n  \U0001F600\n  \"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"\"\"\") }", "{\n  a(x: \"\"\"\"\"\")\n}", 8)]
    [InlineData("\uFEFF{ a }", "{\n  a\n}", 3)]
    [InlineData("{ a\uFEFF b }", "{\n  a\n  b\n}", 4)]
    [InlineData("# comment\n{ a } # more", "{\n  a\n}", 3)]
    [InlineData("{ a, b,,, c }", "{\n  a\n  b\n  c\n}", 5)]
    [InlineData("{ a }\n# trailing", "{\n  a\n}", 3)]
    [InlineData("{ a(x: \"\\u{1F600}\\u{41}\") }", "{\n  a(x: \"\U0001F600A\")\n}", 8)]
    [InlineData("{ a(x:\"\"\"\t\tx\"\"\") }", "{\n  a(x: \"\"\"\t\tx\"\"\")\n}", 8)]
    [InlineData("query Q($x: Int @dir) { a }", "query Q($x: Int @dir) {\n  a\n}", 13)]
    [InlineData("query Q($x: [Int!]! = [1, 2] @a(b: 1) @c) @d { a }", "query Q($x: [Int!]! = [1, 2] @a(b: 1) @c) @d {\n  a\n}", 31)]
    [InlineData("\"\"\"desc\"\"\" query Q { a }", "\"\"\"desc\"\"\"\nquery Q {\n  a\n}", 6)]
    [InlineData("\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}", 8)]
    [InlineData("query Q(\"d\" $x: Int, \"\"\"block d\"\"\" $y: Int) { a }", "query Q(\n\"d\"\n$x: Int\n\"\"\"block d\"\"\"\n$y: Int\n) {\n  a\n}", 17)]
    [InlineData("query (\"d\" $x: Int) { a }", "query (\n\"d\"\n$x: Int\n) {\n  a\n}", 11)]
    [InlineData("{ a(x: {a: 1 b: 2}) }", "{\n  a(x: { a: 1, b: 2 })\n}", 15)]
    [InlineData("{ alias: field(a: 1, b: \"s\", c: 1.5, d: true, e: false, f: null, g: ENUM, h: [1, [2]], i: {j: {k: $v}}, l: $var) @skip(if: $foo) { x } }", "{\n  alias: field(\n    a: 1\n    b: \"s\"\n    c: 1.5\n    d: true\n    e: false\n    f: null\n    g: ENUM\n    h: [1, [2]]\n    i: { j: { k: $v } }\n    l: $var\n  ) @skip(if: $foo) {\n    x\n  }\n}", 63)]
    [InlineData("query Q { a } mutation M { b } subscription S { c }", "query Q {\n  a\n}\n\nmutation M {\n  b\n}\n\nsubscription S {\n  c\n}", 15)]
    [InlineData("mutation { a }", "mutation {\n  a\n}", 4)]
    [InlineData("subscription { a }", "subscription {\n  a\n}", 4)]
    [InlineData("query { ... { a } ... @d { b } ... on T @e { c } ...F @f }", "{\n  ... {\n    a\n  }\n  ... @d {\n    b\n  }\n  ... on T @e {\n    c\n  }\n  ...F @f\n}", 25)]
    [InlineData("{ a { } }", "{\n  a {}\n}", 5)]
    [InlineData("{ }", "{}", 2)]
    [InlineData("query Q { }", "query Q {}", 4)]
    [InlineData("{ a(x: \"a\", ) }", "{\n  a(x: \"a\")\n}", 8)]
    [InlineData("query Q($a: Int, $b: [[Int!]!]) { a }", "query Q($a: Int, $b: [[Int!]!]) {\n  a\n}", 21)]
    [InlineData("{ a(x: [[[1]]]) }", "{\n  a(x: [[[1]]])\n}", 14)]
    [InlineData("{ a(x: 1) { b(y: 2) { c } } }", "{\n  a(x: 1) {\n    b(y: 2) {\n      c\n    }\n  }\n}", 19)]
    [InlineData("fragment F on T @a @b { a }", "fragment F on T @a @b {\n  a\n}", 11)]
    [InlineData("{ ...F, ...G }", "{\n  ...F\n  ...G\n}", 6)]
    [InlineData("{ a(x: true) }", "{\n  a(x: true)\n}", 8)]
    [InlineData("{ a(true: 1) }", "{\n  a(true: 1)\n}", 8)]
    [InlineData("{ true false null on fragment query }", "{\n  true\n  false\n  null\n  on\n  fragment\n  query\n}", 8)]
    [InlineData("query query { a }", "query query {\n  a\n}", 5)]
    [InlineData("query fragment { a }", "query fragment {\n  a\n}", 5)]
    [InlineData("fragment F on on { a }", "fragment F on on {\n  a\n}", 7)]
    [InlineData("{ a(x: {}) }", "{\n  a(x: {  })\n}", 9)]
    [InlineData("{ a(x: []) }", "{\n  a(x: [])\n}", 9)]
    [InlineData("{ a(x: [1 2 3]) }", "{\n  a(x: [1, 2, 3])\n}", 12)]
    [InlineData("query Q { a } query Q { b }", "query Q {\n  a\n}\n\nquery Q {\n  b\n}", 10)]
    [InlineData("{ a } { b }", "{\n  a\n}\n\n{\n  b\n}", 6)]
    [InlineData("{ a(x: \"\\u0041\") }", "{\n  a(x: \"A\")\n}", 8)]
    [InlineData("schema { query: Q }", "schema {\n  query: Q\n}", 6)]
    [InlineData("schema @a { query: Q mutation: M subscription: S }", "schema @a {\n  query: Q\n  mutation: M\n  subscription: S\n}", 14)]
    [InlineData("\"d\" schema { query: Q }", "\"d\"\nschema {\n  query: Q\n}", 7)]
    [InlineData("scalar S", "scalar S", 2)]
    [InlineData("scalar S @a @b(x: 1)", "scalar S @a @b(x: 1)", 11)]
    [InlineData("\"\"\"desc\"\"\" scalar S", "\"\"\"desc\"\"\"\nscalar S", 3)]
    [InlineData("type T", "type T", 2)]
    [InlineData("type T { a: Int }", "type T {\n  a: Int\n}", 7)]
    [InlineData("type T implements I { a: Int }", "type T implements I {\n  a: Int\n}", 9)]
    [InlineData("type T implements & I & J @d { a(x: Int = 1 @e, \"d\" y: [String!]!): Int @f \"desc\" b: T }", "type T implements I & J @d {\n  a(\n    x: Int = 1 @e\n    \"d\"\n    y: [String!]!\n  ): Int @f\n  \"desc\"\n  b: T\n}", 37)]
    [InlineData("interface I implements J & K @a { a: Int }", "interface I implements J & K @a {\n  a: Int\n}", 13)]
    [InlineData("interface I", "interface I", 2)]
    [InlineData("union U = A | B", "union U = A | B", 6)]
    [InlineData("union U = | A | B", "union U = A | B", 7)]
    [InlineData("union U @a = A", "union U @a = A", 6)]
    [InlineData("union U", "union U", 2)]
    [InlineData("enum E { A B C }", "enum E {\n  A\n  B\n  C\n}", 7)]
    [InlineData("enum E { \"d\" A @x B }", "enum E {\n  \"d\"\n  A @x\n  B\n}", 9)]
    [InlineData("enum E @a", "enum E @a", 4)]
    [InlineData("input I { a: Int = 1 @x, b: [I!] }", "input I {\n  a: Int = 1 @x\n  b: [I!]\n}", 17)]
    [InlineData("input I", "input I", 2)]
    [InlineData("directive @d on FIELD", "directive @d on FIELD", 5)]
    [InlineData("directive @d(a: Int = 1) repeatable on FIELD | QUERY", "directive @d(a: Int = 1) repeatable on FIELD | QUERY", 15)]
    [InlineData("directive @d on | FIELD | QUERY", "directive @d on FIELD | QUERY", 8)]
    [InlineData("directive @d @x on FIELD", "directive @d @x on FIELD", 7)]
    [InlineData("directive @d(a: Int) @x repeatable on FRAGMENT_VARIABLE_DEFINITION", "directive @d(a: Int) @x repeatable on FRAGMENT_VARIABLE_DEFINITION", 13)]
    [InlineData("\"desc\" directive @d on FIELD", "\"desc\"\ndirective @d on FIELD", 6)]
    [InlineData("extend schema @a", "extend schema @a", 4)]
    [InlineData("extend schema { query: Q }", "extend schema {\n  query: Q\n}", 7)]
    [InlineData("extend scalar S @a", "extend scalar S @a", 5)]
    [InlineData("extend type T implements I", "extend type T implements I", 5)]
    [InlineData("extend type T @a", "extend type T @a", 5)]
    [InlineData("extend type T { a: Int }", "extend type T {\n  a: Int\n}", 8)]
    [InlineData("extend interface I implements J", "extend interface I implements J", 5)]
    [InlineData("extend interface I @a { a: Int }", "extend interface I @a {\n  a: Int\n}", 10)]
    [InlineData("extend union U = A", "extend union U = A", 5)]
    [InlineData("extend union U @a", "extend union U @a", 5)]
    [InlineData("extend enum E { A }", "extend enum E {\n  A\n}", 6)]
    [InlineData("extend enum E @a", "extend enum E @a", 5)]
    [InlineData("extend input I { a: Int }", "extend input I {\n  a: Int\n}", 8)]
    [InlineData("extend input I @a", "extend input I @a", 5)]
    [InlineData("extend directive @d @a", "extend directive @d @a", 6)]
    [InlineData("type T { \"desc\" a: Int }", "type T {\n  \"desc\"\n  a: Int\n}", 8)]
    [InlineData("extend schema @a { query: Q }", "extend schema @a {\n  query: Q\n}", 9)]
    [InlineData("type Query { a: String } extend type Query { b: Int } { a }", "type Query {\n  a: String\n}\n\nextend type Query {\n  b: Int\n}\n\n{\n  a\n}", 18)]
    [InlineData("schema { query: Q } schema { query: R }", "schema {\n  query: Q\n}\n\nschema {\n  query: R\n}", 12)]
    [InlineData("{ a(arg0: \"value number 0\", arg1: \"value number 1\", arg2: \"value number 2\", arg3: \"value number 3\", arg4: \"value number 4\", arg5: \"value number 5\") }", "{\n  a(\n    arg0: \"value number 0\"\n    arg1: \"value number 1\"\n    arg2: \"value number 2\"\n    arg3: \"value number 3\"\n    arg4: \"value number 4\"\n    arg5: \"value number 5\"\n  )\n}", 23)]
    [InlineData("{ a(x: [0, 1000000, 2000000, 3000000, 4000000, 5000000, 6000000, 7000000, 8000000, 9000000, 10000000, 11000000, 12000000, 13000000, 14000000, 15000000, 16000000, 17000000, 18000000, 19000000]) }", "{\n  a(\n    x: [\n      0\n      1000000\n      2000000\n      3000000\n      4000000\n      5000000\n      6000000\n      7000000\n      8000000\n      9000000\n      10000000\n      11000000\n      12000000\n      13000000\n      14000000\n      15000000\n      16000000\n      17000000\n      18000000\n      19000000\n    ]\n  )\n}", 29)]
    [InlineData("{ a(x: {key0: \"value 0\", key1: \"value 1\", key2: \"value 2\", key3: \"value 3\", key4: \"value 4\", key5: \"value 5\", key6: \"value 6\", key7: \"value 7\"}) }", "{\n  a(\n    x: {\n      key0: \"value 0\"\n      key1: \"value 1\"\n      key2: \"value 2\"\n      key3: \"value 3\"\n      key4: \"value 4\"\n      key5: \"value 5\"\n      key6: \"value 6\"\n      key7: \"value 7\"\n    }\n  )\n}", 33)]
    [InlineData("{ a(x: {}) b(y: []) c(z: {a: {}}) }", "{\n  a(x: {  })\n  b(y: [])\n  c(z: { a: {  } })\n}", 27)]
    [InlineData("{ a(x: [{a: 1, b: [1,2,3]}, {c: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}]) }", "{\n  a(\n    x: [\n      { a: 1, b: [1, 2, 3] }\n      { c: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }\n    ]\n  )\n}", 26)]
    [InlineData("{ a(x: {a: [\"item0\", \"item1\", \"item2\", \"item3\", \"item4\", \"item5\", \"item6\", \"item7\", \"item8\", \"item9\", \"item10\", \"item11\", \"item12\", \"item13\", \"item14\"]}) { b } }", "{\n  a(\n    x: {\n      a: [\n        \"item0\"\n        \"item1\"\n        \"item2\"\n        \"item3\"\n        \"item4\"\n        \"item5\"\n        \"item6\"\n        \"item7\"\n        \"item8\"\n        \"item9\"\n        \"item10\"\n        \"item11\"\n        \"item12\"\n        \"item13\"\n        \"item14\"\n      ]\n    }\n  ) {\n    b\n  }\n}", 31)]
    [InlineData("query Q(\"\"\"multi\nline\"\"\" $a: Int, $b: Int) { a }", "query Q(\n\"\"\"\nmulti\nline\n\"\"\"\n$a: Int\n$b: Int\n) {\n  a\n}", 16)]
    [InlineData("query Q(\"single\" $a: Int, $b: Int = 3 @d) @x { a }", "query Q(\n\"single\"\n$a: Int\n$b: Int = 3 @d\n) @x {\n  a\n}", 22)]
    [InlineData("\"\"\"Op desc\"\"\" query Q { a }", "\"\"\"Op desc\"\"\"\nquery Q {\n  a\n}", 6)]
    [InlineData("\"Op desc\" mutation { a }", "\"Op desc\"\nmutation {\n  a\n}", 5)]
    [InlineData("\"frag desc\" fragment F on T @d { a }", "\"frag desc\"\nfragment F on T @d {\n  a\n}", 10)]
    [InlineData("{ a(x: \"esc\\u0000\\u001f\\u007f\\u0080\\u009f\\u00a0 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\") }", "{\n  a(x: \"esc\\u0000\\u001F\\u007F\\u0080\\u009F\u00A0 \\\" \\\\ / \\b\\f\\n\\r\\t\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"\"\") }", "{\n  a(\n    x: \"\"\"\n    yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n    \"\"\"\n  )\n}", 8)]
    [InlineData("{ a(x: \"\"\"a \\\"\"\" b\"\"\") }", "{\n  a(x: \"\"\"a \\\"\"\" b\"\"\")\n}", 8)]
    [InlineData("{ a(x: \"\"\"ends with \\\"\"\"\"\"\") }", "{\n  a(x: \"\"\"\n  ends with \\\"\"\"\n  \"\"\")\n}", 8)]
    [InlineData("\"\"\"\n  Description with\n    indentation\n\"\"\"\ntype T { \"field desc\" a: Int \"\"\"\nblock desc\n\"\"\" b(x: Int): String }", "\"\"\"\nDescription with\n  indentation\n\"\"\"\ntype T {\n  \"field desc\"\n  a: Int\n  \"\"\"block desc\"\"\"\n  b(x: Int): String\n}", 18)]
    [InlineData("type T { a(\"\"\"multi\nline arg\"\"\" x: Int, y: String = \"d\"): Int }", "type T {\n  a(\n    \"\"\"\n    multi\n    line arg\n    \"\"\"\n    x: Int\n    y: String = \"d\"\n  ): Int\n}", 18)]
    [InlineData("directive @d(\"\"\"multi\nline\"\"\" a: Int) repeatable on FIELD | QUERY", "directive @d(\n  \"\"\"\n  multi\n  line\n  \"\"\"\n  a: Int\n) repeatable on FIELD | QUERY", 14)]
    [InlineData("directive @d(a: Int) @x(y: 1) repeatable on FIELD", "directive @d(a: Int) @x(y: 1) repeatable on FIELD", 18)]
    [InlineData("schema @a { query: Q mutation: M }", "schema @a {\n  query: Q\n  mutation: M\n}", 11)]
    [InlineData("\"schema desc\" schema { query: Q }", "\"schema desc\"\nschema {\n  query: Q\n}", 7)]
    [InlineData("extend type T implements A & B @d { a: Int }", "extend type T implements A & B @d {\n  a: Int\n}", 14)]
    [InlineData("extend interface I implements A", "extend interface I implements A", 5)]
    [InlineData("extend union U @d = A | B", "extend union U @d = A | B", 9)]
    [InlineData("extend enum E @d { A B }", "extend enum E @d {\n  A\n  B\n}", 9)]
    [InlineData("extend input I @d { a: Int = 1 }", "extend input I @d {\n  a: Int = 1\n}", 12)]
    [InlineData("extend scalar S @d", "extend scalar S @d", 5)]
    [InlineData("extend directive @d @a(b: 2) @c", "extend directive @d @a(b: 2) @c", 13)]
    [InlineData("type Q { a(arg0: String, arg1: String, arg2: String, arg3: String, arg4: String, arg5: String, arg6: String, arg7: String, arg8: String, arg9: String, arg10: String, arg11: String): Int }", "type Q {\n  a(arg0: String, arg1: String, arg2: String, arg3: String, arg4: String, arg5: String, arg6: String, arg7: String, arg8: String, arg9: String, arg10: String, arg11: String): Int\n}", 45)]
    [InlineData("union U @a = A | B | C", "union U @a = A | B | C", 10)]
    [InlineData("enum E", "enum E", 2)]
    [InlineData("{ a { b { c { d(x: [[1, 2], [3]]) } } } ...F ... on T { x } ... @skip(if: true) { y } ... { z } }", "{\n  a {\n    b {\n      c {\n        d(x: [[1, 2], [3]])\n      }\n    }\n  }\n  ...F\n  ... on T {\n    x\n  }\n  ... @skip(if: true) {\n    y\n  }\n  ... {\n    z\n  }\n}", 48)]
    [InlineData("query Q($a: ComplexInput = {a: [1, 2], b: {c: \"d\"}}, $b: [String!]! = [\"a\"]) @dir(x: $a) { f(a: $a, b: $b) }", "query Q($a: ComplexInput = { a: [1, 2], b: { c: \"d\" } }, $b: [String!]! = [\"a\"]) @dir(x: $a) {\n  f(a: $a, b: $b)\n}", 57)]
    [InlineData("subscription S { a } query { b } mutation M($x: Int) { c }", "subscription S {\n  a\n}\n\n{\n  b\n}\n\nmutation M($x: Int) {\n  c\n}", 20)]
    [InlineData("{ aliased: field @a(x: 1) @b { y } }", "{\n  aliased: field @a(x: 1) @b {\n    y\n  }\n}", 17)]
    [InlineData("fragment F on T { ...G @include(if: $v) }", "fragment F on T {\n  ...G @include(if: $v)\n}", 16)]
    [InlineData("query ($v: Int = \"\"\"block default\"\"\") { a }", "query ($v: Int = \"\"\"block default\"\"\") {\n  a\n}", 12)]
    public void Print_ParsedDocument_SameTextAsGraphQLJs(string text, string expected, int tokenCount)
    {
        var document = Parser.Parse(text);
        Assert.Equal(tokenCount, document.TokenCount);
        var printed = Printer.Print(document);
        Assert.Equal(expected, printed);
        // Printing is a fixed point: the printed text parses back to a document that prints the same.
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"", true, "\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"", true, "\"simple\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"", "\"\"\" leading space\"\"\"", true, "\" leading space\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"", "\"\"\"\tleading tab\"\"\"", true, "\"\\tleading tab\"")]
    [InlineData("trailing space ", "\"\"\"trailing space \"\"\"", "\"\"\"trailing space \"\"\"", true, "\"trailing space \"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"", "\"\"\"ends with \"\n\"\"\"", true, "\"ends with \\\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"", "\"\"\"ends with \\\n\"\"\"", true, "\"ends with \\\\\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"", true, "\"has \\\"\\\"\\\" inside\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"", true, "\"ends with \\\"\\\"\\\"\"")]
    [InlineData("line1\nline2", "\"\"\"\nline1\nline2\n\"\"\"", "\"\"\"line1\nline2\"\"\"", true, "\"line1\\nline2\"")]
    [InlineData("line1\n  indented", "\"\"\"\nline1\n  indented\n\"\"\"", "\"\"\"\nline1\n  indented\"\"\"", true, "\"line1\\n  indented\"")]
    [InlineData("\nleading newline", "\"\"\"\n\nleading newline\n\"\"\"", "\"\"\"\nleading newline\"\"\"", false, "\"\\nleading newline\"")]
    [InlineData("trailing newline\n", "\"\"\"\ntrailing newline\n\n\"\"\"", "\"\"\"\ntrailing newline\n\"\"\"", false, "\"trailing newline\\n\"")]
    [InlineData("  \n  ", "\"\"\"\n  \n  \n\"\"\"", "\"\"\"\n  \n  \"\"\"", false, "\"  \\n  \"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true, "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", true, "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"", "\"\"\"a\r\nb\"\"\"", false, "\"a\\r\\nb\"")]
    [InlineData("a\rb", "\"\"\"\na\rb\n\"\"\"", "\"\"\"a\rb\"\"\"", false, "\"a\\rb\"")]
    [InlineData("ctrl\u0007", "\"\"\"ctrl\u0007\"\"\"", "\"\"\"ctrl\u0007\"\"\"", false, "\"ctrl\\u0007\"")]
    [InlineData("tab\tinside", "\"\"\"tab\tinside\"\"\"", "\"\"\"tab\tinside\"\"\"", true, "\"tab\\tinside\"")]
    [InlineData("first\n\nthird", "\"\"\"\nfirst\n\nthird\n\"\"\"", "\"\"\"first\n\nthird\"\"\"", true, "\"first\\n\\nthird\"")]
    [InlineData("  both\n  indented", "\"\"\"\n  both\n  indented\n\"\"\"", "\"\"\"\n  both\n  indented\"\"\"", false, "\"  both\\n  indented\"")]
    [InlineData("\u00E9\U0001F600 unicode", "\"\"\"\u00E9\U0001F600 unicode\"\"\"", "\"\"\"\u00E9\U0001F600 unicode\"\"\"", true, "\"\u00E9\U0001F600 unicode\"")]
    [InlineData("a\n\tb", "\"\"\"\na\n\tb\n\"\"\"", "\"\"\"\na\n\tb\"\"\"", true, "\"a\\n\\tb\"")]
    [InlineData("\"quoted\"", "\"\"\"\n\"quoted\"\n\"\"\"", "\"\"\"\"quoted\"\n\"\"\"", true, "\"\\\"quoted\\\"\"")]
    [InlineData("\\\"\"\"", "\"\"\"\n\\\\\"\"\"\n\"\"\"", "\"\"\"\\\\\"\"\"\"\"\"", true, "\"\\\\\\\"\\\"\\\"\"")]
    [InlineData("one\n two\n  three", "\"\"\"\none\n two\n  three\n\"\"\"", "\"\"\"\none\n two\n  three\"\"\"", true, "\"one\\n two\\n  three\"")]
    public void PrintString_AnyValue_SameAsGraphQLJs(string value, string block, string minimized, bool printable, string quoted)
    {
        Assert.Equal(block, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
        Assert.Equal(printable, BlockString.IsPrintable(value));
        Assert.Equal(block, Printer.Print(new StringValueNode(value, block: true)));
        Assert.Equal(quoted, Printer.Print(new StringValueNode(value)));
    }

    [Fact]
    public void Print_BlockStringInIndentedPosition_IndentsEveryLine()
    {
        var document = Parser.Parse("type T { \"\"\"\n  first\n  second\n  \"\"\" a: Int }");
        Assert.Equal("type T {\n  \"\"\"\n  first\n  second\n  \"\"\"\n  a: Int\n}", Printer.Print(document));
    }

    [Fact]
    public void Print_ConstructedNodes_NoLocationNeeded()
    {
        var field = new FieldNode
        {
            Name = new NameNode("hero"),
            Arguments = [new ArgumentNode { Name = new NameNode("id"), Value = new IntValueNode("1") }],
            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode("name") }] },
        };
        var operation = new OperationDefinitionNode
        {
            Operation = OperationType.Query,
            Name = new NameNode("Q"),
            SelectionSet = new SelectionSetNode { Selections = [field] },
        };
        Assert.Equal("query Q {\n  hero(id: 1) {\n    name\n  }\n}", Printer.Print(operation));
        Assert.Equal("[Int!]", Printer.Print(Parser.ParseType("[ Int ! ]")));
        Assert.Equal("{ a: [1, 2], b: $v }", Printer.Print(Parser.ParseValue("{a:[1,2],b:$v}")));
    }
}
