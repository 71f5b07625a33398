// Validation cases, valid and invalid, per rule. generate.mjs runs each through graphql-js 17.1 and writes the tests.
const cases = [];
const add = (kind, expectErrors) => (rule, name, query) => cases.push({ rule, name, query, kind, expectErrors });
const ok = add('exec', false);
const bad = add('exec', true);
const okSdl = add('sdl', false);
const badSdl = add('sdl', true);
const okExt = add('sdlExt', false);
const badExt = add('sdlExt', true);

// ---- ExecutableDefinitionsRule
ok('ExecutableDefinitionsRule', 'OperationAndFragment_NoErrors', `query Foo {
  dog { ...Frag }
}
fragment Frag on Dog { name }`);
bad('ExecutableDefinitionsRule', 'TypeDefinitions_ReportsEach', `query Foo {
  dog { name }
}
type Cow { name: String }
extend type Dog { color: String }`);
bad('ExecutableDefinitionsRule', 'SchemaDefinition_ReportsSchema', `schema { query: Query }
type Query { test: String }
extend schema @directive`);
bad('ExecutableDefinitionsRule', 'DirectiveDefinition_ReportsName', `{ dog { name } }
directive @foo on FIELD
scalar Date`);

// ---- KnownOperationTypesRule
ok('KnownOperationTypesRule', 'QueryAndSubscription_NoErrors', `query { dog { name } }
subscription { newMessage { body } }`);
bad('KnownOperationTypesRule', 'Mutation_NotSupported', `mutation DoIt { dog { name } }`);
bad('KnownOperationTypesRule', 'AnonymousMutationAmongOthers_Reported', `{ dog { name } }
mutation { a }
mutation B { b }`);

// ---- UniqueOperationNamesRule
ok('UniqueOperationNamesRule', 'DistinctNames_NoErrors', `query Foo { dog { name } }
query Bar { dog { name } }
{ cat { name } }`);
ok('UniqueOperationNamesRule', 'FragmentWithOperationName_NoErrors', `query Foo { dog { ...Foo } }
fragment Foo on Dog { name }`);
bad('UniqueOperationNamesRule', 'SameNameTwice_Reported', `query Foo { dog { name } }
query Foo { cat { name } }`);
bad('UniqueOperationNamesRule', 'SameNameAcrossOperationTypes_Reported', `query Foo { dog { name } }
subscription Foo { newMessage { body } }
query Foo { human { name } }`);

// ---- LoneAnonymousOperationRule
ok('LoneAnonymousOperationRule', 'SingleAnonymous_NoErrors', `{ dog { name } }
fragment F on Dog { name }`);
ok('LoneAnonymousOperationRule', 'NamedOperations_NoErrors', `query A { dog { name } }
query B { cat { name } }`);
bad('LoneAnonymousOperationRule', 'TwoAnonymous_ReportsBoth', `{ dog { name } }
{ cat { name } }`);
bad('LoneAnonymousOperationRule', 'AnonymousWithNamed_ReportsAnonymous', `{ dog { name } }
subscription S { newMessage { body } }`);

// ---- SingleFieldSubscriptionsRule
ok('SingleFieldSubscriptionsRule', 'OneField_NoErrors', `subscription ImportantEmails { importantEmails }`);
ok('SingleFieldSubscriptionsRule', 'OneFieldThroughFragments_NoErrors', `subscription S { ...F ... on SubscriptionRoot { importantEmails } }
fragment F on SubscriptionRoot { importantEmails }`);
bad('SingleFieldSubscriptionsRule', 'TwoFields_ReportsExtra', `subscription ImportantEmails {
  importantEmails
  notImportantEmails
}`);
bad('SingleFieldSubscriptionsRule', 'ManyFieldsAnonymous_ReportsAllExtra', `subscription {
  importantEmails
  notImportantEmails
  spamEmails
}`);
bad('SingleFieldSubscriptionsRule', 'ExtraFieldInFragment_Reported', `subscription S {
  importantEmails
  ...Other
}
fragment Other on SubscriptionRoot {
  notImportantEmails
  importantEmails
}`);
bad('SingleFieldSubscriptionsRule', 'IntrospectionField_Reported', `subscription S { __typename }`);
bad('SingleFieldSubscriptionsRule', 'SkipAtTopLevel_Reported', `subscription S {
  importantEmails @skip(if: true)
  ... @include(if: false) { spamEmails }
}`);
bad('SingleFieldSubscriptionsRule', 'NoFields_Reported', `subscription {
  ... on QueryRoot { dog { name } }
}`);

// ---- KnownTypeNamesRule
ok('KnownTypeNamesRule', 'KnownTypes_NoErrors', `query Foo($var: String, $required: [Int!]!, $introspection: __Schema) {
  user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
}
fragment PetFields on Pet { name }`);
bad('KnownTypeNamesRule', 'UnknownTypes_ReportedWithSuggestions', `query Foo($var: [JumbledUpLetters!]!) {
  user(id: 4) {
    name
    pets { ... on Badger { name }, ...PetFields }
  }
}
fragment PetFields on Peat { name }`);
bad('KnownTypeNamesRule', 'TypeDefinedOnlyInSdlOfDocument_ReportedInOperation', `query Foo($var: Mamal) { dog { name } }
type Local { f: String }
query Bar($l: Local) { dog { name } }`);
okSdl('KnownTypeNamesRule', 'StandardScalarsInSdl_NoErrors', `type Query { a: String b: Int c: Float d: Boolean e: ID f: Foo }
scalar Foo`);
badSdl('KnownTypeNamesRule', 'UnknownTypesInSdl_Reported', `type Query { a: Strin b: Unknown }
interface I implements Nod { f(x: Inpt = 1): [Boolen] }
union U = Qury | Foo
schema { query: Querry }
input Inp { f: Flat }`);
badExt('KnownTypeNamesRule', 'UnknownTypesInExtension_SuggestSchemaTypes', `extend type Dog { owner: Humna }
type NewType { pet: Pett }`);

// ---- FragmentsOnCompositeTypesRule
ok('FragmentsOnCompositeTypesRule', 'CompositeConditions_NoErrors', `fragment validFragment on Dog { barks }
fragment onInterface on Pet { name }
fragment onUnion on CatOrDog { __typename }
fragment inline on Pet { ... on Dog { barks } ... { name } }`);
bad('FragmentsOnCompositeTypesRule', 'ScalarCondition_Reported', `fragment scalarFragment on Boolean { bad }
fragment enumFragment on FurColor { bad }
fragment inputFragment on ComplexInput { stringField }`);
bad('FragmentsOnCompositeTypesRule', 'InlineScalarCondition_Reported', `fragment invalidFragment on Pet {
  ... on String { barks }
}`);

// ---- VariablesAreInputTypesRule
ok('VariablesAreInputTypesRule', 'InputTypes_NoErrors', `query Foo($a: Unknown, $b: [[ComplexInput!]]!, $c: FurColor, $d: String = "x") { dog { name } }`);
bad('VariablesAreInputTypesRule', 'OutputTypes_Reported', `query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }`);

// ---- ScalarLeafsRule
ok('ScalarLeafsRule', 'LeavesAndObjects_NoErrors', `fragment scalarSelection on Dog { barks mother { name } }
{ human { relatives { name } } }`);
bad('ScalarLeafsRule', 'ObjectWithoutSelection_Reported', `query directQueryOnObjectWithoutSubFields { human }`);
bad('ScalarLeafsRule', 'ListOfObjectsWithoutSelection_ReportsWrappedType', `{ human { relatives pets } }`);
bad('ScalarLeafsRule', 'ScalarWithSelection_Reported', `fragment scalarSelectionsNotAllowedOnBoolean on Dog {
  barks { sinceWhen }
}`);
bad('ScalarLeafsRule', 'EnumWithSelectionAndArgs_Reported', `fragment f on Cat { furColor { inHexDec } }
fragment g on Dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } }`);
ok('ScalarLeafsRule', 'EmptySelectionSet_AllowedByDefault', `{ dog { } }`);

// ---- FieldsOnCorrectTypeRule
ok('FieldsOnCorrectTypeRule', 'KnownFieldsAndMetaFields_NoErrors', `fragment objectFieldSelection on Dog { __typename name }
fragment aliased on Pet { otherName: name }
fragment u on CatOrDog { __typename }
{ __schema { queryType { name } } __type(name: "Dog") { name } }`);
bad('FieldsOnCorrectTypeRule', 'UnknownFields_Reported', `fragment fieldNotDefined on Dog { meowVolume }
fragment deep on Dog { unknown_field { deeper_unknown_field } }
fragment subField on Dog { mother { unknown_field } }`);
bad('FieldsOnCorrectTypeRule', 'FieldOnInterface_SuggestsImplementations', `fragment onPet on Pet { meowsVolume nickname barks }`);
bad('FieldsOnCorrectTypeRule', 'FieldOnUnion_SuggestsMembers', `fragment onUnion on CatOrDog { name directField }`);
bad('FieldsOnCorrectTypeRule', 'MetaFieldsOffQueryRoot_Reported', `{ dog { __schema { queryType { name } } } }`);
bad('FieldsOnCorrectTypeRule', 'InterfaceOfImplementations_SuggestsInterfaceFirst', `fragment f on Mammal { name barkVolume }`);

// ---- UniqueFragmentNamesRule
ok('UniqueFragmentNamesRule', 'DistinctFragments_NoErrors', `{ dog { ...A ...B } }
fragment A on Dog { name }
fragment B on Dog { barks }`);
bad('UniqueFragmentNamesRule', 'DuplicateFragments_Reported', `{ dog { ...A } }
fragment A on Dog { name }
fragment A on Dog { barks }
fragment A on Dog { nickname }`);

// ---- KnownFragmentNamesRule
ok('KnownFragmentNamesRule', 'DefinedFragments_NoErrors', `{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } }
fragment HumanFields1 on Human { name ...HumanFields3 }
fragment HumanFields2 on Human { name }
fragment HumanFields3 on Human { name }`);
bad('KnownFragmentNamesRule', 'UnknownFragments_Reported', `{ human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }
fragment HumanFields on Human { name ...UnknownFragment3 }`);

// ---- NoUnusedFragmentsRule
ok('NoUnusedFragmentsRule', 'AllUsed_NoErrors', `{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } }
fragment HumanFields1 on Human { name ...HumanFields3 }
fragment HumanFields2 on Human { name }
fragment HumanFields3 on Human { name }`);
ok('NoUnusedFragmentsRule', 'UsedAcrossOperations_NoErrors', `query Foo { human(id: 4) { ...HumanFields1 } }
query Bar { human(id: 4) { ...HumanFields2 } }
fragment HumanFields1 on Human { name ...HumanFields3 }
fragment HumanFields2 on Human { name }
fragment HumanFields3 on Human { name }`);
bad('NoUnusedFragmentsRule', 'UnusedFragments_Reported', `query Foo { human(id: 4) { ...HumanFields1 } }
fragment HumanFields1 on Human { name ...HumanFields3 }
fragment HumanFields2 on Human { name }
fragment HumanFields3 on Human { name }
fragment Unused1 on Human { name ...Unused2 }
fragment Unused2 on Human { name ...Unused1 }`);
bad('NoUnusedFragmentsRule', 'UnknownSpreadInUnusedFragment_OnlyUnusedReported', `{ human { ...Known ...Missing } }
fragment Known on Human { name }
fragment Lonely on Human { ...Missing }`);

// ---- PossibleFragmentSpreadsRule
ok('PossibleFragmentSpreadsRule', 'OverlappingTypes_NoErrors', `fragment objectWithinObject on Dog { ...dogFragment }
fragment dogFragment on Dog { barkVolume }
fragment objectWithinInterface on Pet { ...dogFragment }
fragment objectWithinUnion on CatOrDog { ...dogFragment }
fragment unionWithinInterface on Pet { ...catOrDogFragment }
fragment catOrDogFragment on CatOrDog { __typename }
fragment interfaceWithinInterface on Mammal { ...canineFragment }
fragment canineFragment on Canine { name }
fragment unknown on Dog { ...missing ... on Unknown { name } }`);
bad('PossibleFragmentSpreadsRule', 'DisjointObjects_Reported', `fragment invalidObjectWithinObject on Cat { ...dogFragment }
fragment dogFragment on Dog { barkVolume }
fragment invalidInline on Cat { ... on Dog { barkVolume } }`);
bad('PossibleFragmentSpreadsRule', 'DisjointAbstractTypes_Reported', `fragment invalidObjectWithinInterface on Pet { ...humanFragment }
fragment humanFragment on Human { pets { name } }
fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
fragment catOrDogFragment on CatOrDog { __typename }
fragment invalidInterfaceWithinUnion on CatOrDog { ... on Human { name } }`);

// ---- NoFragmentCyclesRule
ok('NoFragmentCyclesRule', 'SpreadTwiceNotCircular_NoErrors', `fragment fragA on Dog { ...fragB, ...fragB }
fragment fragB on Dog { name }
fragment fragC on Dog { ...fragD }
fragment fragD on Dog { ...missing }`);
bad('NoFragmentCyclesRule', 'SpreadsItself_Reported', `fragment fragA on Dog { ...fragA }
fragment fragB on Dog { ... on Dog { ...fragB } }`);
bad('NoFragmentCyclesRule', 'CycleThroughOthers_ReportedWithPath', `fragment fragA on Dog { ...fragB }
fragment fragB on Dog { ...fragC }
fragment fragC on Dog { ...fragO }
fragment fragX on Dog { ...fragY }
fragment fragY on Dog { ...fragZ }
fragment fragZ on Dog { ...fragO }
fragment fragO on Dog { ...fragP }
fragment fragP on Dog { ...fragA, ...fragX }`);
bad('NoFragmentCyclesRule', 'DeepCycles_ReportedOncePerCycle', `fragment fragA on Dog { ...fragB, ...fragC }
fragment fragB on Dog { ...fragA }
fragment fragC on Dog { ...fragA }
fragment fragD on Dog { mother { ...fragE } }
fragment fragE on Dog { ...fragD ...fragE }`);

// ---- UniqueVariableNamesRule
ok('UniqueVariableNamesRule', 'DistinctNames_NoErrors', `query A($x: Int, $y: String) { __typename }
query B($x: String, $y: Int) { __typename }`);
bad('UniqueVariableNamesRule', 'DuplicateNames_Reported', `query A($x: Int, $x: Int, $x: String) { __typename }
query B($y: String, $z: Int, $y: Int) { __typename }`);

// ---- NoUndefinedVariablesRule
ok('NoUndefinedVariablesRule', 'AllDefined_NoErrors', `query Foo($a: String, $b: String, $c: String) {
  field1(a: $a) { field(b: $b) { ...FragA } }
}
fragment FragA on Type { field(c: $c) @include(if: $a) }`);
bad('NoUndefinedVariablesRule', 'UndefinedInOperation_Reported', `query Foo($a: String) { field(a: $a, b: $b) { field(c: [$c, { d: $d }]) } }`);
bad('NoUndefinedVariablesRule', 'UndefinedInFragments_ReportedPerOperation', `query Foo($b: String) { ...FragA }
query { ...FragB }
fragment FragA on Type { field(a: $a) { ...FragB } }
fragment FragB on Type { field(b: $b) { ...FragC } }
fragment FragC on Type { field(c: $c) @skip(if: $skip) }`);

// ---- NoUnusedVariablesRule
ok('NoUnusedVariablesRule', 'AllUsed_NoErrors', `query Foo($a: String, $b: String, $c: String) {
  field(a: $a) { ...FragA }
}
fragment FragA on Type { field(b: $b) { ...FragB } }
fragment FragB on Type { field(c: [1, $c]) }`);
bad('NoUnusedVariablesRule', 'UnusedVariables_Reported', `query ($a: String, $b: String, $c: String) { field(a: $a) }
query Foo($x: Int, $y: Int) { ...FragA }
fragment FragA on Type { field(x: $x) @skip(if: $unused) }
fragment Unused on Type { field(y: $y) }`);

// ---- KnownDirectivesRule
ok('KnownDirectivesRule', 'KnownDirectivesInPlace_NoErrors', `query Foo($var: Boolean @onVariableDefinition) @onQuery {
  name @include(if: $var)
  ...Frag @onFragmentSpread
  ... @onInlineFragment { name }
  other: name @skip(if: true) @onField
}
subscription S @onSubscription { newMessage { body } }
fragment Frag on QueryRoot @onFragmentDefinition { __typename }`);
bad('KnownDirectivesRule', 'UnknownDirectives_Reported', `{
  dog @unknown(directive: "value") { name }
  human @unknown @onField { pets { name @unknown } }
}`);
bad('KnownDirectivesRule', 'MisplacedDirectives_Reported', `query Foo($var: Boolean @onField) @include(if: true) {
  name @onQuery @include(if: $var)
  ...Frag @onQuery
  ... @onFragmentSpread { name }
}
subscription Bar @onQuery { newMessage { body } }
mutation Baz @onSubscription { someField }
fragment Frag on QueryRoot @onInlineFragment { __typename }`);
okSdl('KnownDirectivesRule', 'SdlDirectivesInPlace_NoErrors', `directive @onSchema on SCHEMA
directive @onObject on OBJECT | INTERFACE
directive @onField on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
schema @onSchema { query: Q }
type Q @onObject { f(a: Int @onField): String @onField @deprecated }
interface I @onObject { f: String }
input In { f: Int @onField }
enum E { A @onField }
extend type Q @onObject`);
badSdl('KnownDirectivesRule', 'SdlMisplacedDirectives_Reported', `directive @onObject on OBJECT
directive @onDir on DIRECTIVE_DEFINITION
scalar S @onObject
type Q @unknown { f(a: Int @onObject): String @onObject }
input In @onObject { f: Int @onObject }
enum E @onObject { A @onObject }
union U @onObject = Q
schema @onObject { query: Q }
extend schema @onObject
directive @d(arg: Int @onObject) @onObject on FIELD
extend directive @d @onDir @onObject`);

// ---- UniqueDirectivesPerLocationRule
ok('UniqueDirectivesPerLocationRule', 'DistinctAndRepeatable_NoErrors', `fragment Test on Type @onFragmentDefinition {
  field @onField @include(if: true)
  field @onField
  r: field @repeatable @repeatable
}`);
bad('UniqueDirectivesPerLocationRule', 'DuplicateDirectives_Reported', `query Q @onQuery @onQuery {
  field @onField @onField @onField @skip(if: true) @skip(if: false)
  ...F @onFragmentSpread @onFragmentSpread
}`);
badSdl('UniqueDirectivesPerLocationRule', 'DuplicateAcrossExtensions_Reported', `directive @nonRepeatable on SCALAR | OBJECT | SCHEMA
directive @rep repeatable on OBJECT
schema @nonRepeatable { query: T }
extend schema @nonRepeatable
scalar S @nonRepeatable
extend scalar S @nonRepeatable
type T @nonRepeatable @rep @rep { f: String }
extend type T @nonRepeatable`);

// ---- KnownArgumentNamesRule
ok('KnownArgumentNamesRule', 'KnownArguments_NoErrors', `fragment argOnRequiredArg on Dog {
  doesKnowCommand(dogCommand: SIT)
  isHouseTrained(atOtherHomes: true) @include(if: true) @skip(if: false)
  unknownField(unknownArg: 1)
  name @unknownDirective(unknownArg: 1)
}`);
bad('KnownArgumentNamesRule', 'UnknownArguments_ReportedWithSuggestions', `fragment invalidArgName on Dog {
  doesKnowCommand(dogcommand: SIT, unknown: true) @skip(iff: true)
  isHouseTrained(atOtherHome: true)
  mother { name(surnam: true) }
}
{ __typename(x: 1) complicatedArgs { multipleOptAndReq(opt3: 1) } }`);
okSdl('KnownArgumentNamesOnDirectivesRule', 'SdlKnownArguments_NoErrors', `directive @test(arg: Int) on OBJECT
type Query @test(arg: 1) { f: String @deprecated(reason: "x") }`);
badSdl('KnownArgumentNamesOnDirectivesRule', 'SdlUnknownArguments_Reported', `directive @test(arg: Int) on OBJECT
type Query @test(agr: 1) { f: String @deprecated(reasn: "x") @unknown(a: 1) }`);

// ---- UniqueArgumentNamesRule
ok('UniqueArgumentNamesRule', 'DistinctArguments_NoErrors', `{ field(arg1: "value", arg2: "value") @directive(arg1: "value", arg2: "value") other: field(arg1: 1) }`);
bad('UniqueArgumentNamesRule', 'DuplicateArguments_Reported', `{
  field(arg1: "value", arg1: "value", arg1: "value", arg2: 1, arg2: 2)
  field @directive(arg1: "value", arg1: "value")
}`);

// ---- ValuesOfCorrectTypeRule
ok('ValuesOfCorrectTypeRule', 'ValidLiterals_NoErrors', `{
  complicatedArgs {
    intArgField(intArg: 2)
    floatArgField(floatArg: 1)
    idArgField(idArg: 1)
    stringListArgField(stringListArg: "one")
    stringListNonNullArgField(stringListNonNullArg: ["a", "b"])
    enumArgField(enumArg: NO_FUR)
    complexArgField(complexArg: { requiredField: true, stringListField: ["a", null] })
    oneOfArgField(oneOfArg: { intField: 1 })
    nullable: intArgField(intArg: null)
    withVariable: complexArgField(complexArg: { requiredField: $required, intField: $int })
  }
  dog { isHouseTrained(atOtherHomes: true) }
}`);
bad('ValuesOfCorrectTypeRule', 'WrongScalars_Reported', `{
  complicatedArgs {
    a: intArgField(intArg: "3")
    b: intArgField(intArg: 829384293849283498239482938)
    c: intArgField(intArg: 3.0)
    d: stringArgField(stringArg: 1)
    e: booleanArgField(booleanArg: "true")
    f: floatArgField(floatArg: true)
    g: idArgField(idArg: 1.0)
    h: stringArgField(stringArg: BAR)
  }
}`);
bad('ValuesOfCorrectTypeRule', 'WrongEnums_ReportedWithSuggestions', `{
  complicatedArgs {
    a: enumArgField(enumArg: "BROWN")
    b: enumArgField(enumArg: brown)
    c: enumArgField(enumArg: 2)
    d: enumArgField(enumArg: BRWON)
  }
  dog { doesKnowCommand(dogCommand: JUGGLE) }
}`);
bad('ValuesOfCorrectTypeRule', 'ListsAndNonNulls_Reported', `{
  complicatedArgs {
    a: stringListNonNullArgField(stringListNonNullArg: ["one", null, 2])
    b: stringListArgField(stringListArg: [1, ["nested"]])
    c: nonNullIntArgField(nonNullIntArg: null)
    d: multipleReqs(req1: "one", req2: null)
  }
}`);
bad('ValuesOfCorrectTypeRule', 'InputObjects_Reported', `{
  complicatedArgs {
    a: complexArgField(complexArg: { intField: 4 })
    b: complexArgField(complexArg: { requiredField: true, unknownField: "value" })
    c: complexArgField(complexArg: { requiredField: true, stringListFeld: ["x"] })
    d: complexArgField(complexArg: "not an object")
    e: complexArgField(complexArg: { requiredField: null, nonNullField: null, stringListField: [1] })
  }
}`);
bad('ValuesOfCorrectTypeRule', 'OneOfInputs_Reported', `{
  complicatedArgs {
    a: oneOfArgField(oneOfArg: { stringField: "a", intField: 1 })
    b: oneOfArgField(oneOfArg: { stringField: null })
    c: oneOfArgField(oneOfArg: {})
  }
}`);
bad('ValuesOfCorrectTypeRule', 'DirectiveArgumentsAndDefaults_Reported', `query Q($a: Int = "one", $b: ComplexInput = { intField: 1 }, $c: [FurColor!] = [BROWN, null]) {
  dog @include(if: "yes") { name @skip(if: 1) }
}`);

// ---- ProvidedRequiredArgumentsRule
ok('ProvidedRequiredArgumentsRule', 'RequiredProvided_NoErrors', `{
  complicatedArgs {
    multipleReqs(req2: 2, req1: 1)
    multipleOptAndReq(req1: 1, req2: 2)
    nonNullFieldWithDefault
    multipleOpts
    unknownField
  }
  dog @include(if: true) { name @withArgs(req: 1) }
}`);
bad('ProvidedRequiredArgumentsRule', 'MissingRequired_Reported', `{
  complicatedArgs {
    multipleReqs(req2: 2)
    multipleOptAndReq(opt1: 1)
    nonNullIntArgField
  }
  dog @include { name @skip @withArgs(opt: "y") }
}`);
okSdl('ProvidedRequiredArgumentsOnDirectivesRule', 'SdlRequiredProvided_NoErrors', `directive @test(arg1: String!, arg2: Int = 1, arg3: Int! = 2) on OBJECT
type Query @test(arg1: "a") { f: String @deprecated }`);
badSdl('ProvidedRequiredArgumentsOnDirectivesRule', 'SdlMissingRequired_Reported', `directive @test(arg1: String!, arg2: [Int!]!) on OBJECT | SCALAR
type Query @test { f: String }
scalar S @test(arg2: [1]) @specifiedBy`);

// ---- VariablesInAllowedPositionRule
ok('VariablesInAllowedPositionRule', 'CompatibleVariables_NoErrors', `query Q($intArg: Int!, $boolArg: Boolean, $nullDefault: Int = 1, $strings: [String!], $cmd: DogCommand!, $one: String!) {
  complicatedArgs {
    nonNullIntArgField(nonNullIntArg: $intArg)
    intArgField(intArg: $intArg)
    a: nonNullIntArgField(nonNullIntArg: $nullDefault)
    stringListArgField(stringListArg: $strings)
    nonNullFieldWithDefault(arg: $nullDefault)
    oneOfArgField(oneOfArg: { stringField: $one })
  }
  dog { isHouseTrained(atOtherHomes: $boolArg) doesKnowCommand(dogCommand: $cmd) }
}`);
bad('VariablesInAllowedPositionRule', 'IncompatibleVariables_Reported', `query Q($intArg: Int, $stringVar: String, $list: [String], $nullDefault: Int = null, $bool: Boolean) {
  complicatedArgs {
    nonNullIntArgField(nonNullIntArg: $intArg)
    stringListNonNullArgField(stringListNonNullArg: $list)
    a: nonNullIntArgField(nonNullIntArg: $nullDefault)
    b: stringListArgField(stringListArg: [$stringVar, $intArg])
  }
  dog @include(if: $bool) { name }
}`);
bad('VariablesInAllowedPositionRule', 'ThroughFragments_Reported', `query Q($b: Boolean) { ...F }
fragment F on QueryRoot { dog { ...G } }
fragment G on Dog { isHouseTrained(atOtherHomes: $b) name @skip(if: $b) }`);
bad('VariablesInAllowedPositionRule', 'NullableInOneOf_Reported', `query Q($s: String, $i: Int) {
  complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) b: oneOfArgField(oneOfArg: { intField: $i }) }
}`);

// ---- OverlappingFieldsCanBeMergedRule
ok('OverlappingFieldsCanBeMergedRule', 'MergeableFields_NoErrors', `fragment f on Dog {
  name
  name
  otherName: name
  fido: name
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand(dogCommand: SIT)
  isAtLocation(x: 0, y: 1)
  isAtLocation(y: 1, x: 0)
  ... on Dog { name }
  mother { name }
  mother { barks }
}
fragment g on CatOrDog {
  ... on Dog { x: barkVolume }
  ... on Cat { x: meowsVolume }
  ... on Dog { y: name }
  ... on Cat { y: nickname }
}`);
bad('OverlappingFieldsCanBeMergedRule', 'DifferentFieldsSameAlias_Reported', `fragment sameAliasesWithDifferentFieldTargets on Dog {
  fido: name
  fido: nickname
}`);
bad('OverlappingFieldsCanBeMergedRule', 'DifferentArguments_Reported', `fragment f on Dog {
  doesKnowCommand(dogCommand: SIT)
  doesKnowCommand(dogCommand: HEEL)
  isHouseTrained
  isHouseTrained(atOtherHomes: true)
  isAtLocation(x: $x)
  isAtLocation(x: $y)
  name(surname: "a")
  name(surname: """a""")
}`);
bad('OverlappingFieldsCanBeMergedRule', 'ConflictingTypesOnExclusiveParents_Reported', `{
  catOrDog {
    ... on Dog { x: barkVolume }
    ... on Cat { x: meows }
    ... on Dog { y: mother { name } }
    ... on Cat { y: nickname }
  }
}`);
bad('OverlappingFieldsCanBeMergedRule', 'ConflictsThroughFragments_Reported', `{
  dog { ...A ...B x: name }
}
fragment A on Dog { x: nickname }
fragment B on Dog { x: barks }`);
bad('OverlappingFieldsCanBeMergedRule', 'DeepSubfieldConflicts_ReportedWithReasons', `{
  dog {
    mother { x: name y: barks mother { z: name } }
    mother { x: nickname y: barkVolume mother { z: nickname } }
  }
}`);
bad('OverlappingFieldsCanBeMergedRule', 'NestedFragmentsAndListTypes_Reported', `{
  human { relatives { name } ...Rel }
  pet { ... on Dog { name } ... on Cat { name: nickname } }
}
fragment Rel on Human { relatives: pets { name } }`);
bad('OverlappingFieldsCanBeMergedRule', 'RootLevelAndInlineFragments_Reported', `query {
  dog { name }
  ... on QueryRoot { dog: cat { name } }
  ... { dog: human { name } }
}`);

// ---- UniqueInputFieldNamesRule
ok('UniqueInputFieldNamesRule', 'DistinctFields_NoErrors', `{ field(arg: { f1: "value", f2: { f1: "value" }, f3: [{ f1: 1 }, { f1: 2 }] }) }`);
bad('UniqueInputFieldNamesRule', 'DuplicateFields_Reported', `{
  field(arg: { f1: "value", f1: "value", f1: "value" })
  other(arg: { f1: { f2: 1, f2: 2 }, f1: 3 })
}`);

// ---- MaxIntrospectionDepthRule
ok('MaxIntrospectionDepthRule', 'StandardDepth_NoErrors', `{
  __schema { types { fields { type { fields { name } } } } }
}`);
bad('MaxIntrospectionDepthRule', 'TooDeepFields_Reported', `{
  __schema { types { fields { type { fields { type { fields { name } } } } } } }
}`);
bad('MaxIntrospectionDepthRule', 'TooDeepThroughFragments_Reported', `query {
  __type(name: "Dog") { ...T }
  __schema { types { ...I } }
}
fragment T on __Type { fields { type { ...T2 } } }
fragment T2 on __Type { inputFields { type { ...T3 } } }
fragment T3 on __Type { possibleTypes { name } }
fragment I on __Type { interfaces { interfaces { interfaces { name } } } }`);
ok('MaxIntrospectionDepthRule', 'CyclicFragments_Terminate', `{ __schema { types { ...A } } }
fragment A on __Type { ofType { ...A } name }`);

// ---- SDL rules
okSdl('LoneSchemaDefinitionRule', 'OneSchema_NoErrors', `schema { query: Foo }
type Foo { foo: String }
extend schema @foo`);
badSdl('LoneSchemaDefinitionRule', 'TwoSchemas_Reported', `schema { query: Foo }
type Foo { foo: String }
schema { mutation: Foo }
schema { subscription: Foo }`);
badExt('LoneSchemaDefinitionRule', 'SchemaInExtension_Reported', `schema { query: Foo }`);

okSdl('UniqueOperationTypesRule', 'DistinctOperations_NoErrors', `type Foo { f: String }
schema { query: Foo mutation: Foo }
extend schema { subscription: Foo }`);
badSdl('UniqueOperationTypesRule', 'DuplicateOperations_Reported', `type Foo { f: String }
schema { query: Foo mutation: Foo query: Foo }
extend schema { mutation: Foo subscription: Foo }
extend schema { subscription: Foo }`);
badExt('UniqueOperationTypesRule', 'RedefinedInExtension_Reported', `type Foo { f: String }
extend schema { query: Foo mutation: Foo }`);

okSdl('UniqueTypeNamesRule', 'DistinctTypes_NoErrors', `type Foo { f: String }
scalar Bar
extend type Foo { g: Int }`);
badSdl('UniqueTypeNamesRule', 'DuplicateTypes_Reported', `type Foo { f: String }
scalar Foo
interface Foo { f: String }
input Bar { f: Int }
enum Bar { A }`);
badExt('UniqueTypeNamesRule', 'ExistingTypes_Reported', `type Dog { f: String }
scalar String
input NewInput { f: Int }`);

okSdl('UniqueEnumValueNamesRule', 'DistinctValues_NoErrors', `enum E { A B }
extend enum E { C }`);
badSdl('UniqueEnumValueNamesRule', 'DuplicateValues_Reported', `enum E { A B A }
extend enum E { B C }
extend enum E { C }`);
badExt('UniqueEnumValueNamesRule', 'ExistingValues_Reported', `extend enum FurColor { BROWN NEW NEW }`);

okSdl('UniqueFieldDefinitionNamesRule', 'DistinctFields_NoErrors', `type T { a: String b: String }
extend type T { c: String }
interface I { a: String }
input In { a: Int }`);
badSdl('UniqueFieldDefinitionNamesRule', 'DuplicateFields_Reported', `type T { a: String b: String a: Int }
extend type T { b: Int }
interface I { x: String x: String }
input In { y: Int }
extend input In { y: Int }`);
badExt('UniqueFieldDefinitionNamesRule', 'ExistingFields_Reported', `extend type Dog { name: String newField: Int }
extend interface Pet { name: String }
extend input ComplexInput { intField: Int }`);

okSdl('UniqueArgumentDefinitionNamesRule', 'DistinctArguments_NoErrors', `type T { f(a: Int, b: Int): String g(a: Int): String }
directive @d(a: Int, b: Int) on FIELD`);
badSdl('UniqueArgumentDefinitionNamesRule', 'DuplicateArguments_Reported', `type T { f(a: Int, b: Int, a: String): String }
extend interface I { g(x: Int, x: Int): String }
directive @d(a: Int, a: Int, a: Int) on FIELD`);

okSdl('UniqueDirectiveNamesRule', 'DistinctDirectives_NoErrors', `directive @foo on SCHEMA
directive @bar on SCHEMA`);
badSdl('UniqueDirectiveNamesRule', 'DuplicateDirectives_Reported', `directive @foo on SCHEMA
directive @foo on SCHEMA
directive @foo on FIELD`);
badExt('UniqueDirectiveNamesRule', 'ExistingDirectives_Reported', `directive @skip on SCHEMA
directive @onField on FIELD
directive @newOne on FIELD`);

okSdl('PossibleTypeExtensionsRule', 'MatchingExtensions_NoErrors', `scalar S
type T
interface I
union U
enum E
input In
extend scalar S @d
extend type T @d
extend interface I @d
extend union U @d
extend enum E @d
extend input In @d`);
badSdl('PossibleTypeExtensionsRule', 'WrongKindOrUnknown_Reported', `scalar S
type T
extend type S @d
extend scalar T @d
extend input T @d
extend type Unknwn @d
extend union T2 @d`);
badExt('PossibleTypeExtensionsRule', 'ExtendingSchemaTypes_ChecksKinds', `extend type Dog @d
extend interface Dog @d
extend enum FurColr @d
extend input CatOrDog @d`);

okSdl('UniqueArgumentNamesRule', 'SdlDistinctArguments_NoErrors', `type T @d(a: 1, b: 2) { f: String }`);
badSdl('UniqueArgumentNamesRule', 'SdlDuplicateArguments_Reported', `type T @d(a: 1, a: 2) { f: String @e(x: 1, x: 1) }`);
badSdl('UniqueInputFieldNamesRule', 'SdlDuplicateInputFields_Reported', `type T @d(a: { x: 1, x: 2 }) { f(a: In = { y: 1, y: 2 }): String }`);


// ---- OverlappingFieldsCanBeMergedRule, harder cases
ok('OverlappingFieldsCanBeMergedRule', 'DifferentArgsOnExclusiveParents_NoErrors', `{
  catOrDog {
    ... on Dog { name(surname: true) }
    ... on Cat { name }
  }
}`);
ok('OverlappingFieldsCanBeMergedRule', 'RecursiveFragment_Terminates', `{ dog { ...F } }
fragment F on Dog { name mother { ...F } ...F }`);
bad('OverlappingFieldsCanBeMergedRule', 'ImmediatelyRecursiveFragment_StillFindsConflict', `fragment F on Dog {
  ...F
  fido: name
  fido: nickname
}`);
bad('OverlappingFieldsCanBeMergedRule', 'UnknownFragmentsAndTypes_ComparedByName', `{
  dog { name ...Unknown ...Unknown2 name: nickname2 }
  pet { ... on Unknown { name } ... on Unknown2 { name: meows } }
}`);
bad('OverlappingFieldsCanBeMergedRule', 'DeepConflictInNestedFragments_Reported', `{
  dog {
    mother { ...F }
    mother { ...I }
  }
}
fragment F on Dog { x: name ...G }
fragment G on Dog { y: barks }
fragment I on Dog { y: barkVolume ...J }
fragment J on Dog { x: nickname }`);
bad('OverlappingFieldsCanBeMergedRule', 'SameFragmentPairUnderExclusiveThenShared_Reported', `{
  catOrDog { ... on Dog { ...A } ... on Cat { ...B } }
  dog { ...A ...C }
}
fragment A on Pet { n: name }
fragment B on Pet { n: nickname }
fragment C on Pet { n: nickname }`);
bad('OverlappingFieldsCanBeMergedRule', 'FieldVersusFragmentOnExclusiveParents_Reported', `{
  catOrDog {
    ... on Dog { ...DogName }
    ... on Cat { name: meows }
  }
}
fragment DogName on Dog { name: barkVolume }`);
bad('OverlappingFieldsCanBeMergedRule', 'ManySubfieldConflicts_NodesCappedAtTwenty', `{
  dog {
    mother { a: name b: name c: name d: name e: name f: name g: name h: name i: name j: name k: name l: name }
    mother { a: nickname b: nickname c: nickname d: nickname e: nickname f: nickname g: nickname h: nickname i: nickname j: nickname k: nickname l: nickname }
  }
}`);
bad('OverlappingFieldsCanBeMergedRule', 'VeryLongAlias_Abbreviated', `{ dog { ${'a'.repeat(1005)}: name ${'a'.repeat(1005)}: nickname } }`);
bad('OverlappingFieldsCanBeMergedRule', 'ObjectArgumentsComparedByValue_Reported', `{
  complicatedArgs {
    complexArgField(complexArg: { requiredField: true, intField: 1 })
    complexArgField(complexArg: { intField: 1, requiredField: true })
    x: complexArgField(complexArg: { requiredField: true, intField: 1 })
    x: complexArgField(complexArg: { requiredField: true, intField: 2 })
    y: stringListArgField(stringListArg: ["a", "b"])
    y: stringListArgField(stringListArg: ["b", "a"])
  }
}`);
{
  // Fragments that each spread the next two, used from many places: graphql-js's caches keep this well under its
  // complexity budget, so a correct implementation reports only the real conflict and never aborts.
  const n = 40;
  const frags = [];
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? ` ...F${i + 1}` : '';
    const after = i + 2 < n ? ` ...F${i + 2}` : '';
    frags.push(`fragment F${i} on Dog { name f${i}: barks mother { name${next}${after} }${next}${after} }`);
  }
  bad('OverlappingFieldsCanBeMergedRule', 'ManyInterlinkedFragments_CachedWithoutAbort',
    `{ dog { ...F0 ...F1 ...F2 mother { ...F3 ...F0 } f0: nickname } }\n` + frags.join('\n'));
}

// ---- All specified rules together
cases.push({ kind: 'all', rule: 'All', file: 'SpecifiedRules', name: 'ValidQuery_NoErrors', expectErrors: false, query: `query Q($id: ID, $skip: Boolean = false) {
  human(id: $id) { name ...HumanFields @skip(if: $skip) }
  catOrDog { __typename ... on Dog { barks } ... on Cat { meows } }
}
fragment HumanFields on Human { relatives { name } pets { name ... on Dog { barkVolume } } }` });
cases.push({ kind: 'all', rule: 'All', file: 'SpecifiedRules', name: 'ManyProblems_ReportedInRuleOrderPerNode', expectErrors: true, query: `query Q($unused: Int, $id: ID, $id: ID) {
  human(id: $id, id: 4) { name nam pets @skip { name } }
  dog { barks { x } ...Missing ...CatFields }
  complicatedArgs { intArgField(intArg: "x") nonNullIntArgField }
}
query Q { cat { furColor(x: 1) } }
fragment CatFields on Cat { meows }
fragment Unused on Dog { name: nickname name }
type T { f: String }` });
cases.push({ kind: 'all', rule: 'All', file: 'SpecifiedRules', name: 'MaxErrorsReached_Aborts', maxErrors: 3, expectErrors: true, query: `{ a b c d e f }` });
cases.push({ kind: 'all', rule: 'All', file: 'SpecifiedRules', name: 'DescriptionsNotCheckedAsValues_NoErrors', expectErrors: false, query: `"Operation description"
query Q(
  "variable description" $x: Int = 1
) { dog { isAtLocation(x: $x) } }` });
cases.push({ kind: 'all', rule: 'All', file: 'SpecifiedRules', name: 'IntrospectionQuery_NoErrors', expectErrors: false, query: `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }` });

export default cases;
