using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Errors;

public class GraphQLErrorTests
{
    [Fact]
    public void WithDefaultCode_ErrorWithoutExtensions_CopyKeepsMessageLocationsAndCause()
    {
        var cause = new InvalidOperationException("inner");
        var field = Parser.Parse("{\n  a }").Definitions[0] is OperationDefinitionNode op ? op.SelectionSet.Selections[0] : null;
        var error = new GraphQLError("Bad.", [field!], ["a"], originalError: cause);

        var coded = error.WithDefaultCode(ErrorCodes.BadUserInput);

        Assert.Equal("Bad.", coded.Message);
        Assert.Equal([new SourceLocation(2, 3)], coded.Locations);
        Assert.Equal(["a"], coded.Path!);
        Assert.Same(cause, coded.OriginalError);
        Assert.Equal("BAD_USER_INPUT", coded.Code);
        Assert.Null(error.Code);
    }

    [Fact]
    public void WithDefaultCode_PositionalSyntaxError_KeepsItsLocation()
    {
        var error = new GraphQLError("Syntax Error: x", new Source("\n\n  {"), 4);
        Assert.Equal([new SourceLocation(3, 3)], error.WithDefaultCode(ErrorCodes.ParseFailed).Locations);
    }

    [Fact]
    public void WithDefaultCode_ErrorWithCode_ReturnsSameInstance()
    {
        var error = new GraphQLError("No.", extensions: new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
        Assert.Same(error, error.WithDefaultCode(ErrorCodes.ValidationFailed));
    }

    [Fact]
    public void WithDefaultCode_OtherExtensions_AreKeptBesideTheCode()
    {
        var error = new GraphQLError("No.", extensions: new Dictionary<string, object?> { ["limit"] = 3 });
        var coded = error.WithDefaultCode(ErrorCodes.ValidationFailed);
        Assert.Equal(3, coded.Extensions!["limit"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", coded.Code);
    }
}
