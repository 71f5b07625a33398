namespace Partnership.GraphQL.Tests.Utilities;

// Generated once from graphql-js 17.1.0 (buildSchema, printSchema, getTypeMap, validateSchema, validateSDL)
// over the SDL documents below; errors are "message @ line:column,...".
internal sealed record GraphqlJsSchemaCase(string Name, string Sdl, string? Print, string? Types, string[]? Validation, string[]? SdlErrors)
{
    public override string ToString() => Name;
}

internal static class GraphqlJsSchemaCases
{
    public static readonly GraphqlJsSchemaCase[] All =
    [
        new("01-rich",
""""""""
"""
The schema description
spanning lines
"""
schema @dirA {
  query: Root
  mutation: Mutation
}

"A directive"
directive @dirA(
  "the arg"
  arg: String = "x\ny" @deprecated(reason: "old")
  other: [Int!] = [1, 2]
) repeatable on SCHEMA | FIELD_DEFINITION | OBJECT

directive @old @deprecated(reason: "Use @new") on FIELD

directive @new(when: Color = RED, obj: In = {a: 1, b: [BLUE]}) on FIELD | FRAGMENT_VARIABLE_DEFINITION

"""
Root type with "quotes" and a \""" triple
"""
type Root implements Node & Named @dirA {
  id: ID!
  "name field"
  name(
    """
    multi
    line
    """
    upper: Boolean = false
    locale: String
  ): String @deprecated
  node(id: ID!): Node @deprecated(reason: "Use `nodes`")
  search(filter: Filter = {text: "abc", limit: 10, tags: ["a", "b"]}, long: [String] = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "ccccccccccccccccccccccc"]): [SearchResult!]!
  color: Color
  date: Date
}

type Mutation {
  set(input: OneInput!): Boolean
}

interface Node {
  id: ID!
}

interface Named implements Node {
  id: ID!
  name: String
}

union SearchResult = Root | Other

type Other {
  x: Int
}

enum Color {
  "red one"
  RED
  GREEN @deprecated
  BLUE @deprecated(reason: "too blue")
}

input Filter {
  text: String
  limit: Int = 5
  tags: [String!]
  "dep"
  old: Int @deprecated(reason: "gone")
}

input In {
  a: Int
  b: [Color]
}

input OneInput @oneOf {
  id: ID
  name: String
}

scalar Date @specifiedBy(url: "https://example.com/date")

extend type Other {
  y: String
}

extend enum Color {
  PURPLE
}
"""""""",
            """"""""
"""
The schema description
spanning lines
"""
schema {
  query: Root
  mutation: Mutation
}

"""A directive"""
directive @dirA(
  """the arg"""
  arg: String = "x\ny" @deprecated(reason: "old")
  other: [Int!] = [1, 2]
) repeatable on SCHEMA | FIELD_DEFINITION | OBJECT

directive @old @deprecated(reason: "Use @new") on FIELD

directive @new(when: Color = RED, obj: In = { a: 1, b: [BLUE] }) on FIELD | FRAGMENT_VARIABLE_DEFINITION

"""Root type with "quotes" and a \""" triple"""
type Root implements Node & Named {
  id: ID!

  """name field"""
  name(
    """
    multi
    line
    """
    upper: Boolean = false
    locale: String
  ): String @deprecated
  node(id: ID!): Node @deprecated(reason: "Use `nodes`")
  search(filter: Filter = { text: "abc", limit: 10, tags: ["a", "b"] }, long: [String] = [
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
  "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
  "ccccccccccccccccccccccc"
]): [SearchResult!]!
  color: Color
  date: Date
}

type Mutation {
  set(input: OneInput!): Boolean
}

interface Node {
  id: ID!
}

interface Named implements Node {
  id: ID!
  name: String
}

union SearchResult = Root | Other

type Other {
  x: Int
  y: String
}

enum Color {
  """red one"""
  RED
  GREEN @deprecated
  BLUE @deprecated(reason: "too blue")
  PURPLE
}

input Filter {
  text: String
  limit: Int = 5
  tags: [String!]

  """dep"""
  old: Int @deprecated(reason: "gone")
}

input In {
  a: Int
  b: [Color]
}

input OneInput @oneOf {
  id: ID
  name: String
}

scalar Date @specifiedBy(url: "https://example.com/date")
"""""""",
            "Root ID String Boolean Mutation Node Named SearchResult Other Int Color Filter In OneInput Date __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Interface field Named.name is not deprecated, so implementation field Root.name must not be deprecated. @ 34:13,34:6"],
            null),
        new("02-default-roots",
""""""""
type Query { a: Int, b(x: [[Int!]]! = [[1]], y: Float = 1.5e3, z: ID = 123, w: String = null): String }
type Mutation { m: Int }
type Subscription { s: Int }
"""""""",
            """"""""
type Query {
  a: Int
  b(x: [[Int!]]! = [[1]], y: Float = 1.5e3, z: ID = 123, w: String = null): String
}

type Mutation {
  m: Int
}

type Subscription {
  s: Int
}
"""""""",
            "Query Int String Float ID Mutation Subscription Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("03-schema-desc",
""""""""
"desc"
schema { query: Query }
type Query { a: Int }
"""""""",
            """"""""
"""desc"""
schema {
  query: Query
}

type Query {
  a: Int
}
"""""""",
            "Query Int Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("04-invalid-roots",
""""""""
schema { query: In, mutation: Q2, subscription: Q2 }
input In { a: Int }
type Q2 { a: Int }
"""""""",
            """"""""
schema {
  query: In
  mutation: Q2
  subscription: Q2
}

input In {
  a: Int
}

type Q2 {
  a: Int
}
"""""""",
            "In Int Q2 Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Query root type must be Object type, it cannot be In. @ 1:17", "All root types must be different, \"Q2\" type is used as mutation and subscription root types. @ 1:31,1:49"],
            null),
        new("05-no-query",
""""""""
type Foo { a: Int }
"""""""",
            """"""""
type Foo {
  a: Int
}
"""""""",
            "Foo Int Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Query root type must be provided. @ "],
            null),
        new("06-interfaces",
""""""""
type Query { a: A }
interface I { f(x: Int, y: String): String }
interface J implements I { f(x: Int, y: String): String g: Int }
type A implements J { f(x: String, z: Int!): Int g: String @deprecated }
type B implements I & I & Query { f: String }
interface Self implements Self { a: Int }
type C implements K { a: Int }
interface K implements L { a: Int }
interface L implements K { a: Int }
"""""""",
            """"""""
type Query {
  a: A
}

interface I {
  f(x: Int, y: String): String
}

interface J implements I {
  f(x: Int, y: String): String
  g: Int
}

type A implements J {
  f(x: String, z: Int!): Int
  g: String @deprecated
}

type B implements I & I & Query {
  f: String
}

interface Self implements Self {
  a: Int
}

type C implements K {
  a: Int
}

interface K implements L {
  a: Int
}

interface L implements K {
  a: Int
}
"""""""",
            "Query I String Int J A B Self C K L Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Type A must implement I because it is implemented by J. @ 3:24,4:19", "Interface field J.f expects type String but A.f is type Int. @ 3:50,4:46", "Interface field argument J.f(x:) expects type Int but A.f(x:) is type String. @ 3:33,4:28", "Interface field argument J.f(y:) expected but A.f does not provide it. @ 3:38,4:23", "Argument \"A.f(z:)\" must not be required type \"Int!\" if not provided by the Interface field \"J.f\". @ 4:36,3:28", "Interface field J.g expects type Int but A.g is type String. @ 3:60,4:53", "Interface field J.g is not deprecated, so implementation field A.g must not be deprecated. @ 4:60,4:53", "Interface field argument I.f(x:) expected but B.f does not provide it. @ 2:17,5:35", "Interface field argument I.f(y:) expected but B.f does not provide it. @ 2:25,5:35", "Type B can only implement I once. @ 5:19,5:23", "Type B must only implement Interface types, it cannot implement Query. @ 5:27", "Type Self cannot implement itself because it would create a circular reference. @ 6:27", "Type C must implement L because it is implemented by K. @ 8:24,7:19", "Type K cannot implement L because it would create a circular reference. @ 9:24,8:24", "Type L cannot implement K because it would create a circular reference. @ 8:24,9:24"],
            null),
        new("07-unions-enums-inputs",
""""""""
type Query { a: U, e: E, i(x: In): Int, o(x: One): Int }
union U = A | A | In | Query
union Empty
type A { a: Int }
enum E { __bad }
enum NoValues
input In { a: In!, b: Int! @deprecated, c: Query, __d: Int }
input One @oneOf { a: Int!, b: Int = 3, c: String }
input Empty2
type __Bad { a: Int }
type NoFields
"""""""",
            """"""""
type Query {
  a: U
  e: E
  i(x: In): Int
  o(x: One): Int
}

union U = A | A | In | Query

union Empty

type A {
  a: Int
}

enum E {
  __bad
}

enum NoValues

input In {
  a: In!
  b: Int! @deprecated
  c: Query
  __d: Int
}

input One @oneOf {
  a: Int!
  b: Int = 3
  c: String
}

input Empty2

type __Bad {
  a: Int
}

type NoFields
"""""""",
            "Query Int U Empty A E NoValues In One String Empty2 __Bad NoFields Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Union type U can only include type A once. @ 2:11,2:15", "Union type U can only include Object types, it cannot include In. @ 2:19", "Union type Empty must define one or more member types. @ 3:1", "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 5:10", "Enum type NoValues must define one or more values. @ 6:1", "Required input field In.b cannot be deprecated. @ 7:28,7:23", "The type of In.c must be Input Type but got: Query. @ 7:44", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 7:51", "OneOf input field One.a must be nullable. @ 8:23", "OneOf input field One.b cannot have a default value. @ 8:29", "Input Object type Empty2 must define one or more fields. @ 9:1", "Name \"__Bad\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 10:1", "Type NoFields must define one or more fields. @ 11:1", "Input Object In cannot be provided a finite value because it references itself through fields: In.a. @ 7:12"],
            null),
        new("08-defaults",
""""""""
type Query { f(a: Int = "x", b: [Int] = [1, "2"], c: In = {x: 1, nope: 2}, d: In = {y: 1}, e: E = C, f: One = {a: 1, b: 2}, g: One = {a: null}, h: Int! = null): Int }
input In { x: Int, y: String! }
enum E { A B }
input One @oneOf { a: Int, b: Int }
directive @d(x: Int = 1.5, r: Int! @deprecated) on FIELD
"""""""",
            """"""""
directive @d(x: Int = 1.5, r: Int! @deprecated) on FIELD

type Query {
  f(a: Int = "x", b: [Int] = [1, "2"], c: In = { x: 1, nope: 2 }, d: In = { y: 1 }, e: E = C, f: One = { a: 1, b: 2 }, g: One = { a: null }, h: Int! = null): Int
}

input In {
  x: Int
  y: String!
}

enum E {
  A
  B
}

input One @oneOf {
  a: Int
  b: Int
}
"""""""",
            "Query Int In String E One Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["@d(x:) has invalid default value: Int cannot represent non-integer value: 1.5 @ 5:23", "Required argument @d(r:) cannot be deprecated. @ 5:36,5:31", "Query.f(a:) has invalid default value: Int cannot represent non-integer value: \"x\" @ 1:25", "Query.f(b:) has invalid default value at [1]: Int cannot represent non-integer value: \"2\" @ 1:45", "Query.f(c:) has invalid default value: Expected value of type \"In\" to include required field \"y\", found: { x: 1, nope: 2 }. @ 1:59", "Query.f(c:) has invalid default value: Expected value of type \"In\" not to include unknown field \"nope\", found: { x: 1, nope: 2 }. @ 1:66", "Query.f(d:) has invalid default value at .y: String cannot represent a non string value: 1 @ 1:88", "Query.f(e:) has invalid default value: Value \"C\" does not exist in \"E\" enum. Did you mean the enum value \"A\" or \"B\"? @ 1:99", "Query.f(f:) has invalid default value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. @ 1:111", "Query.f(g:) has invalid default value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null. @ 1:134", "Query.f(h:) has invalid default value: Expected value of non-null type \"Int!\" not to be null. @ 1:155"],
            null),
        new("09-cycles",
""""""""
type Query { a(x: A): Int }
input A { b: B! }
input B { a: A! c: C }
input C { c: C! }
input D { e: E = {} }
input E { d: D = {} }
input F { f: F = { f: {} } }
input G @oneOf { g: G }
input H @oneOf { h: H, x: Int }
"""""""",
            """"""""
type Query {
  a(x: A): Int
}

input A {
  b: B!
}

input B {
  a: A!
  c: C
}

input C {
  c: C!
}

input D {
  e: E = {  }
}

input E {
  d: D = {  }
}

input F {
  f: F = { f: {  } }
}

input G @oneOf {
  g: G
}

input H @oneOf {
  h: H
  x: Int
}
"""""""",
            "Query Int A B C D E F G H Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Invalid circular reference. The default value of Input Object field D.e references itself via the default values of: E.d. @ 5:18,6:18", "Invalid circular reference. The default value of Input Object field F.f references itself. @ 7:18", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a. @ 2:11,3:11", "Input Object C cannot be provided a finite value because it references itself through fields: C.c. @ 4:11", "Input Object G cannot be provided a finite value because it references itself through fields: G.g. @ 8:18"],
            null),
        new("10-sdl-errors",
""""""""
schema { query: Query }
schema { query: Query }
type Query { a: Int a: String b(x: Int, x: Int): Unknown @unknown @deprecated @deprecated }
type Query { c: Int }
extend type Nope { a: Int }
extend input Query { a: Int }
enum E { A A }
directive @x(a: Int!, a: Int) on FIELD
directive @x on QUERY
scalar S @specifiedBy(url: "u", url: "v", other: 1) @specifiedBy
type T @deprecated { f: Strin, g(a: In = {a: 1, a: 2}): Int }
input In { a: Int }
"""""""",
            null,
            null,
            null,
            ["Must provide only one schema definition. @ 2:1", "There can be only one query type in schema. @ 1:10,2:10", "Field \"Query.a\" can only be defined once. @ 3:14,3:21", "Argument \"Query.b(x:)\" can only be defined once. @ 3:33,3:41", "The directive \"@deprecated\" can only be used once at this location. @ 3:67,3:79", "Unknown type \"Unknown\". @ 3:50", "Unknown directive \"@unknown\". @ 3:58", "There can be only one type named \"Query\". @ 3:6,4:6", "Cannot extend type \"Nope\" because it is not defined. @ 5:13", "Field \"Query.a\" can only be defined once. @ 3:14,6:22", "Cannot extend non-input object type \"Query\". @ 4:1,6:1", "Enum value \"E.A\" can only be defined once. @ 7:10,7:12", "Argument \"@x(a:)\" can only be defined once. @ 8:14,8:23", "There can be only one directive named \"@x\". @ 8:12,9:12", "The directive \"@specifiedBy\" can only be used once at this location. @ 10:10,10:53", "Unknown argument \"other\" on directive \"@specifiedBy\". @ 10:43", "There can be only one argument named \"url\". @ 10:23,10:33", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided. @ 10:53", "Directive \"@deprecated\" may not be used on OBJECT. @ 11:8", "Unknown type \"Strin\". Did you mean \"String\" or \"In\"? @ 11:25", "There can be only one input field named \"a\". @ 11:43,11:49"]),
        new("11-extensions",
""""""""
type Query { a: Int }
extend type Query implements I { b: String }
interface I { b: String }
extend interface I { c: Int }
extend type Query { c: Int }
union U = Query
extend union U = O
type O { o: Int }
extend enum E { B }
enum E { A }
input In { a: Int }
extend input In { b: String @deprecated(reason: "x") }
scalar S
extend scalar S @specifiedBy(url: "https://x")
extend schema { mutation: M }
type M { m: Int }
directive @dd on FIELD
extend directive @dd @deprecated(reason: "ext")
"""""""",
            """"""""
schema {
  query: Query
  mutation: M
}

directive @dd @deprecated(reason: "ext") on FIELD

type Query implements I {
  a: Int
  b: String
  c: Int
}

interface I {
  b: String
  c: Int
}

union U = Query | O

type O {
  o: Int
}

enum E {
  A
  B
}

input In {
  a: Int
  b: String @deprecated(reason: "x")
}

scalar S @specifiedBy(url: "https://x")

type M {
  m: Int
}
"""""""",
            "Query Int String I U O E In S M Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("12-descriptions",
""""""""
"""
  Indented
    more
"""
type Query {
  "single"
  a(
    "arg desc" x: Int
    y: Int
  ): Int
  """
  block with trailing quote"
  """
  b: Int
  "line1\nline2"
  c: Int
  "   leading spaces"
  d: Int
  "\u00e9\u0001 tab\t"
  e: Int
}
"""""""",
            """"""""
"""
Indented
  more
"""
type Query {
  """single"""
  a(
    """arg desc"""
    x: Int
    y: Int
  ): Int

  """
  block with trailing quote"
  """
  b: Int

  """
  line1
  line2
  """
  c: Int

  """   leading spaces"""
  d: Int

  "é\u0001 tab\t"
  e: Int
}
"""""""",
            "Query Int Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("13-code-style",
""""""""
type Query { node(id: ID!): Node, nodes(ids: [ID!]! = ["1", "2"], first: Int = 10): [Node] }
interface Node { id: ID! }
type Child implements Node { id: ID! name: String risk: Risk }
enum Risk { LOW MEDIUM HIGH }
"""""""",
            """"""""
type Query {
  node(id: ID!): Node
  nodes(ids: [ID!]! = ["1", "2"], first: Int = 10): [Node]
}

interface Node {
  id: ID!
}

type Child implements Node {
  id: ID!
  name: String
  risk: Risk
}

enum Risk {
  LOW
  MEDIUM
  HIGH
}
"""""""",
            "Query ID Int Node Child String Risk Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("14-more-print",
""""""""
schema { query: Query subscription: Sub }
"""
Block with \""" inside and a trailing backslash \\
"""
type Query implements HasId {
  """

  leading blank line
  """
  id: ID!
  "  "
  blank: String
  list(inputs: [Pair2!] = [{k: "a", v: 1}, {k: "b", v: 2}], f: Float = 1, e: [Mood] = [HAPPY, SAD], nested: [[Int]] = [[1], [2, 3]]): [Pair]
  x(
    "multi\nline arg"
    a: Int
  ): Int
}
type Sub { tick: Int }
interface HasId { id: ID! }
interface Unused { z: Int }
type Pair { k: String v: Int }
input Pair2 { k: String = "default \"quoted\"" v: Int = -1 }
enum Mood {
  """
  Happy
  mood
  """
  HAPPY
  "Sad"
  SAD
}
extend union Later = Pair
union Later
directive @r(a: Int @deprecated, b: String = "b") repeatable on FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE | DIRECTIVE_DEFINITION | VARIABLE_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | FRAGMENT_DEFINITION | MUTATION | SUBSCRIPTION | QUERY | SCHEMA | OBJECT | FIELD
extend schema @r
scalar Json
"""""""",
            """"""""
schema {
  query: Query
  subscription: Sub
}

directive @r(a: Int @deprecated, b: String = "b") repeatable on FIELD_DEFINITION | ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE | DIRECTIVE_DEFINITION | VARIABLE_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | FRAGMENT_DEFINITION | MUTATION | SUBSCRIPTION | QUERY | SCHEMA | OBJECT | FIELD

"""
Block with \""" inside and a trailing backslash \\
"""
type Query implements HasId {
  """leading blank line"""
  id: ID!

  "  "
  blank: String
  list(inputs: [Pair2!] = [{ k: "a", v: 1 }, { k: "b", v: 2 }], f: Float = 1, e: [Mood] = [HAPPY, SAD], nested: [[Int]] = [[1], [2, 3]]): [Pair]
  x(
    """
    multi
    line arg
    """
    a: Int
  ): Int
}

type Sub {
  tick: Int
}

interface HasId {
  id: ID!
}

interface Unused {
  z: Int
}

type Pair {
  k: String
  v: Int
}

input Pair2 {
  k: String = "default \"quoted\""
  v: Int = -1
}

enum Mood {
  """
  Happy
  mood
  """
  HAPPY

  """Sad"""
  SAD
}

union Later = Pair

scalar Json
"""""""",
            "Query ID String Float Int Sub HasId Unused Pair Pair2 Mood Later Json Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
        new("15-more-validation",
""""""""
type Query { a(x: Int! @deprecated): Int, b: Int }
directive @__reserved on FIELD
directive @d(__x: Int, y: Query) on FIELD
interface I { f(a: Int = 1): [Int] }
type T implements I { f(a: Int, b: Int! = 2, c: String!): [Int!]! }
type U implements I { f(a: Int): Int }
interface I2 { g: I }
type V implements I2 { g: T }
type W implements I2 { g: U }
type X implements I & I2 { f(a: Int): [Int], g: Query }
input Bad { a: Query, b: [Query] }
type Out { f(arg: Out): Int, __g: Int }
"""""""",
            """"""""
directive @__reserved on FIELD

directive @d(__x: Int, y: Query) on FIELD

type Query {
  a(x: Int! @deprecated): Int
  b: Int
}

interface I {
  f(a: Int = 1): [Int]
}

type T implements I {
  f(a: Int, b: Int! = 2, c: String!): [Int!]!
}

type U implements I {
  f(a: Int): Int
}

interface I2 {
  g: I
}

type V implements I2 {
  g: T
}

type W implements I2 {
  g: U
}

type X implements I & I2 {
  f(a: Int): [Int]
  g: Query
}

input Bad {
  a: Query
  b: [Query]
}

type Out {
  f(arg: Out): Int
  __g: Int
}
"""""""",
            "Query Int I T String U I2 V W X Bad Out Boolean __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["Name \"__reserved\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 2:1", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 3:14", "The type of @d(y:) must be Input Type but got: Query. @ 3:24", "Required argument Query.a(x:) cannot be deprecated. @ 1:24,1:19", "Argument \"T.f(c:)\" must not be required type \"String!\" if not provided by the Interface field \"I.f\". @ 5:46,4:15", "Interface field I.f expects type [Int] but U.f is type Int. @ 4:30,6:34", "Interface field I2.g expects type I but X.g is type Query. @ 7:19,10:49", "The type of Bad.a must be Input Type but got: Query. @ 11:16", "The type of Bad.b must be Input Type but got: [Query]. @ 11:26", "The type of Out.f(arg:) must be Input Type but got: Out. @ 12:19", "Name \"__g\" must not begin with \"__\", which is reserved by GraphQL introspection. @ 12:30"],
            null),
        new("16-root-dup",
""""""""
schema { query: Query mutation: Query subscription: Query }
type Query { a: Int }
"""""""",
            """"""""
schema {
  query: Query
  mutation: Query
  subscription: Query
}

type Query {
  a: Int
}
"""""""",
            "Query Int Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            ["All root types must be different, \"Query\" type is used as query, mutation, and subscription root types. @ 1:17,1:33,1:53"],
            null),
        new("17-sdl-errors-2",
""""""""
directive @a(x: Int) on FIELD_DEFINITION
type Query @a { f(y: Int @a(z: 1) @skip(if: true)): Int @a(x: 1, x: 2) @specifiedBy(url: "x") }
extend scalar Query @a
extend type Unknown2 { a: Int }
enum E { A }
extend enum E { A }
input I { a: Int }
extend input I { a: String }
interface Iface { f: Int }
extend type Iface { g: Int }
extend union Query = Query
union Un = Missing
"""""""",
            null,
            null,
            null,
            ["Directive \"@a\" may not be used on OBJECT. @ 2:12", "Directive \"@a\" may not be used on ARGUMENT_DEFINITION. @ 2:26", "Unknown argument \"z\" on directive \"@a\". Did you mean \"x\"? @ 2:29", "Directive \"@skip\" may not be used on ARGUMENT_DEFINITION. @ 2:35", "There can be only one argument named \"x\". @ 2:60,2:66", "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION. @ 2:72", "The directive \"@a\" can only be used once at this location. @ 2:12,3:21", "Cannot extend non-scalar type \"Query\". @ 2:1,3:1", "Directive \"@a\" may not be used on SCALAR. @ 3:21", "Cannot extend type \"Unknown2\" because it is not defined. @ 4:13", "Enum value \"E.A\" can only be defined once. @ 5:10,6:17", "Field \"I.a\" can only be defined once. @ 7:11,8:18", "Cannot extend non-object type \"Iface\". @ 9:1,10:1", "Cannot extend non-union type \"Query\". @ 2:1,11:1", "Unknown type \"Missing\". @ 12:12"]),
        new("18-edge-descriptions",
""""""""
""""""
type Query {
  "" a: Int
  "\t" b: Int
  "a\r\nb" c: Int
  "ends with quote\"" d: Int
  "\\" e: Int
  """   """ f: Int
  "\u0085 next line" g: Int
  "😀 \uD83D\uDE00" h: Int
}
"""""""",
            """"""""
""""""
type Query {
  """"""
  a: Int

  "\t"
  b: Int

  "a\r\nb"
  c: Int

  """
  ends with quote"
  """
  d: Int

  """
  \
  """
  e: Int

  """"""
  f: Int

  """ next line"""
  g: Int

  """😀 😀"""
  h: Int
}
"""""""",
            "Query Int Boolean String __Schema __Type __TypeKind __Field __InputValue __EnumValue __Directive __DirectiveLocation",
            [],
            null),
    ];

    public static readonly string IntrospectionSchema =
""""""""
"""
Directs the executor to include this field or fragment only when the `if` argument is true.
"""
directive @include(
  """Included when true."""
  if: Boolean!
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

"""
Directs the executor to skip this field or fragment when the `if` argument is true.
"""
directive @skip(
  """Skipped when true."""
  if: Boolean!
) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

"""Marks an element of a GraphQL schema as no longer supported."""
directive @deprecated(
  """
  Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).
  """
  reason: String! = "No longer supported"
) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | DIRECTIVE_DEFINITION

"""Exposes a URL that specifies the behavior of this scalar."""
directive @specifiedBy(
  """The URL that specifies the behavior of this scalar."""
  url: String!
) on SCALAR

"""
Indicates exactly one field must be supplied and this field must not be `null`.
"""
directive @oneOf on INPUT_OBJECT

"""
A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
"""
type __Schema {
  description: String

  """A list of all types supported by this server."""
  types: [__Type!]!

  """The type that query operations will be rooted at."""
  queryType: __Type!

  """
  If this server supports mutation, the type that mutation operations will be rooted at.
  """
  mutationType: __Type

  """
  If this server support subscription, the type that subscription operations will be rooted at.
  """
  subscriptionType: __Type

  """A list of all directives supported by this server."""
  directives(includeDeprecated: Boolean! = false): [__Directive!]!
}

"""
The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
"""
type __Type {
  kind: __TypeKind!
  name: String
  description: String
  specifiedByURL: String
  fields(includeDeprecated: Boolean! = false): [__Field!]
  interfaces: [__Type!]
  possibleTypes: [__Type!]
  enumValues(includeDeprecated: Boolean! = false): [__EnumValue!]
  inputFields(includeDeprecated: Boolean! = false): [__InputValue!]
  ofType: __Type
  isOneOf: Boolean
}

"""An enum describing what kind of type a given `__Type` is."""
enum __TypeKind {
  """Indicates this type is a scalar."""
  SCALAR

  """
  Indicates this type is an object. `fields` and `interfaces` are valid fields.
  """
  OBJECT

  """
  Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
  """
  INTERFACE

  """Indicates this type is a union. `possibleTypes` is a valid field."""
  UNION

  """Indicates this type is an enum. `enumValues` is a valid field."""
  ENUM

  """
  Indicates this type is an input object. `inputFields` is a valid field.
  """
  INPUT_OBJECT

  """Indicates this type is a list. `ofType` is a valid field."""
  LIST

  """Indicates this type is a non-null. `ofType` is a valid field."""
  NON_NULL
}

"""
Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
"""
type __Field {
  name: String!
  description: String
  args(includeDeprecated: Boolean! = false): [__InputValue!]!
  type: __Type!
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
"""
type __InputValue {
  name: String!
  description: String
  type: __Type!

  """
  A GraphQL-formatted string representing the default value for this input value.
  """
  defaultValue: String
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
"""
type __EnumValue {
  name: String!
  description: String
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
"""
type __Directive {
  name: String!
  description: String
  isRepeatable: Boolean!
  locations: [__DirectiveLocation!]!
  args(includeDeprecated: Boolean! = false): [__InputValue!]!
  isDeprecated: Boolean!
  deprecationReason: String
}

"""
A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
"""
enum __DirectiveLocation {
  """Location adjacent to a query operation."""
  QUERY

  """Location adjacent to a mutation operation."""
  MUTATION

  """Location adjacent to a subscription operation."""
  SUBSCRIPTION

  """Location adjacent to a field."""
  FIELD

  """Location adjacent to a fragment definition."""
  FRAGMENT_DEFINITION

  """Location adjacent to a fragment spread."""
  FRAGMENT_SPREAD

  """Location adjacent to an inline fragment."""
  INLINE_FRAGMENT

  """Location adjacent to an operation variable definition."""
  VARIABLE_DEFINITION

  """Location adjacent to a fragment variable definition."""
  FRAGMENT_VARIABLE_DEFINITION

  """Location adjacent to a schema definition."""
  SCHEMA

  """Location adjacent to a scalar definition."""
  SCALAR

  """Location adjacent to an object type definition."""
  OBJECT

  """Location adjacent to a field definition."""
  FIELD_DEFINITION

  """Location adjacent to an argument definition."""
  ARGUMENT_DEFINITION

  """Location adjacent to an interface definition."""
  INTERFACE

  """Location adjacent to a union definition."""
  UNION

  """Location adjacent to an enum definition."""
  ENUM

  """Location adjacent to an enum value definition."""
  ENUM_VALUE

  """Location adjacent to an input object type definition."""
  INPUT_OBJECT

  """Location adjacent to an input object field definition."""
  INPUT_FIELD_DEFINITION

  """Location adjacent to a directive definition."""
  DIRECTIVE_DEFINITION
}
"""""""";
}
