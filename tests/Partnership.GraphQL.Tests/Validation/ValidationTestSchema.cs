using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js's validation test schema (its harness: Dog, Cat, Pet, Canine, ComplicatedArgs, …) plus a subscription
/// root and directives for every executable location, built code-first. Oracle/schema.graphql is the same schema in
/// SDL; the oracle script builds it with graphql-js 17.1 to produce the expected errors.
/// </summary>
internal static class ValidationTestSchema
{
    public static GraphQLSchema Schema { get; } = Build();

    private static GraphQLSchema Build()
    {
        InterfaceType mammal = null!, canine = null!;
        ObjectType dog = null!, human = null!;
        mammal = new InterfaceType("Mammal", t =>
        {
            t.Field("mother", mammal);
            t.Field("father", mammal);
        });
        var pet = new InterfaceType("Pet", t => t.Field("name", Scalars.String).Argument("surname", Scalars.Boolean));
        canine = new InterfaceType("Canine", t =>
        {
            t.Implements(mammal);
            t.Field("name", Scalars.String).Argument("surname", Scalars.Boolean);
            t.Field("mother", canine);
            t.Field("father", canine);
        });
        var dogCommand = new EnumType("DogCommand", "SIT", "HEEL", "DOWN");
        dog = new ObjectType("Dog", t =>
        {
            t.Implements(pet, mammal, canine);
            t.Field("name", Scalars.String).Argument("surname", Scalars.Boolean);
            t.Field("nickname", Scalars.String);
            t.Field("barkVolume", Scalars.Int);
            t.Field("barks", Scalars.Boolean);
            t.Field("doesKnowCommand", Scalars.Boolean).Argument("dogCommand", dogCommand);
            t.Field("isHouseTrained", Scalars.Boolean).Argument("atOtherHomes", Scalars.Boolean, defaultValue: true);
            t.Field("isAtLocation", Scalars.Boolean).Argument("x", Scalars.Int).Argument("y", Scalars.Int);
            t.Field("mother", dog);
            t.Field("father", dog);
        });
        var furColor = new EnumType("FurColor", "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN");
        var cat = new ObjectType("Cat", t =>
        {
            t.Implements(pet);
            t.Field("name", Scalars.String).Argument("surname", Scalars.Boolean);
            t.Field("nickname", Scalars.String);
            t.Field("meows", Scalars.Boolean);
            t.Field("meowsVolume", Scalars.Int);
            t.Field("furColor", furColor);
        });
        var catOrDog = new UnionType("CatOrDog", cat, dog);
        human = new ObjectType("Human", t =>
        {
            t.Field("name", Scalars.String).Argument("surname", Scalars.Boolean);
            t.Field("pets", pet.List());
            t.Field("relatives", human.List().NonNull());
        });
        var complexInput = new InputObjectType("ComplexInput", t => t
            .Field("requiredField", Scalars.Boolean.NonNull())
            .Field("nonNullField", Scalars.Boolean.NonNull(), defaultValue: false)
            .Field("intField", Scalars.Int)
            .Field("stringField", Scalars.String)
            .Field("booleanField", Scalars.Boolean)
            .Field("stringListField", Scalars.String.List()));
        var oneOfInput = new InputObjectType("OneOfInput", t => t
            .Field("stringField", Scalars.String)
            .Field("intField", Scalars.Int)) { IsOneOf = true };
        var complicatedArgs = new ObjectType("ComplicatedArgs", t =>
        {
            t.Field("intArgField", Scalars.String).Argument("intArg", Scalars.Int);
            t.Field("nonNullIntArgField", Scalars.String).Argument("nonNullIntArg", Scalars.Int.NonNull());
            t.Field("stringArgField", Scalars.String).Argument("stringArg", Scalars.String);
            t.Field("booleanArgField", Scalars.String).Argument("booleanArg", Scalars.Boolean);
            t.Field("enumArgField", Scalars.String).Argument("enumArg", furColor);
            t.Field("floatArgField", Scalars.String).Argument("floatArg", Scalars.Float);
            t.Field("idArgField", Scalars.String).Argument("idArg", Scalars.ID);
            t.Field("stringListArgField", Scalars.String).Argument("stringListArg", Scalars.String.List());
            t.Field("stringListNonNullArgField", Scalars.String).Argument("stringListNonNullArg", Scalars.String.NonNull().List());
            t.Field("complexArgField", Scalars.String).Argument("complexArg", complexInput);
            t.Field("oneOfArgField", Scalars.String).Argument("oneOfArg", oneOfInput);
            t.Field("multipleReqs", Scalars.String).Argument("req1", Scalars.Int.NonNull()).Argument("req2", Scalars.Int.NonNull());
            t.Field("nonNullFieldWithDefault", Scalars.String).Argument("arg", Scalars.Int.NonNull(), defaultValue: 0);
            t.Field("multipleOpts", Scalars.String).Argument("opt1", Scalars.Int, defaultValue: 0).Argument("opt2", Scalars.Int, defaultValue: 0);
            t.Field("multipleOptAndReq", Scalars.String)
                .Argument("req1", Scalars.Int.NonNull()).Argument("req2", Scalars.Int.NonNull())
                .Argument("opt1", Scalars.Int, defaultValue: 0).Argument("opt2", Scalars.Int, defaultValue: 0);
        });
        var query = new ObjectType("QueryRoot", t =>
        {
            t.Field("human", human).Argument("id", Scalars.ID);
            t.Field("dog", dog);
            t.Field("cat", cat);
            t.Field("pet", pet);
            t.Field("catOrDog", catOrDog);
            t.Field("complicatedArgs", complicatedArgs);
        });
        var message = new ObjectType("Message", t =>
        {
            t.Field("body", Scalars.String);
            t.Field("sender", Scalars.String);
        });
        var subscription = new ObjectType("SubscriptionRoot", t =>
        {
            t.Field("importantEmails", Scalars.String.List());
            t.Field("notImportantEmails", Scalars.String.List());
            t.Field("moreImportantEmails", Scalars.String.List());
            t.Field("spamEmails", Scalars.String.List());
            t.Field("deletedEmails", Scalars.String.List());
            t.Field("newMessage", message);
        });
        DirectiveDefinition On(string name, params DirectiveLocation[] locations) => new(name, locations);
        return new GraphQLSchema(query, subscription: subscription,
            types: [mammal, pet, canine, dogCommand, dog, cat, catOrDog, human, furColor, complexInput, oneOfInput, complicatedArgs, query, subscription, message],
            directives:
            [
                .. SpecifiedDirectives.All,
                On("onField", DirectiveLocation.Field),
                On("onQuery", DirectiveLocation.Query),
                On("onMutation", DirectiveLocation.Mutation),
                On("onSubscription", DirectiveLocation.Subscription),
                On("onFragmentSpread", DirectiveLocation.FragmentSpread),
                On("onInlineFragment", DirectiveLocation.InlineFragment),
                On("onFragmentDefinition", DirectiveLocation.FragmentDefinition),
                On("onVariableDefinition", DirectiveLocation.VariableDefinition),
                new DirectiveDefinition("repeatable", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment]) { IsRepeatable = true },
                new DirectiveDefinition("withArgs", [DirectiveLocation.Field])
                {
                    Arguments =
                    [
                        new ArgumentDefinition("req", Scalars.Int.NonNull()),
                        new ArgumentDefinition("opt", Scalars.String) { DefaultValue = "x" },
                    ],
                },
            ]);
    }
}
