using Partnership.Gateway.Auth;
using Partnership.GraphQL.Language;

namespace Partnership.Gateway.Tests.Auth;

public sealed class AnonymousAccessPolicyTests
{
    private static FieldNode Field(string name, params SelectionNode[] children) =>
        new() { Name = new NameNode(name), SelectionSet = children.Length == 0 ? null : new SelectionSetNode { Selections = children } };

    private static OperationDefinitionNode Query(params SelectionNode[] selections) =>
        new() { Operation = OperationType.Query, SelectionSet = new SelectionSetNode { Selections = selections } };

    private static FragmentDefinitionNode Fragment(string name, params SelectionNode[] selections) =>
        new()
        {
            Name = new NameNode(name),
            TypeCondition = new NamedTypeNode { Name = new NameNode("Query") },
            SelectionSet = new SelectionSetNode { Selections = selections },
        };

    private static FragmentSpreadNode Spread(string name) => new() { Name = new NameNode(name) };

    private static DocumentNode Doc(params DefinitionNode[] definitions) => new() { Definitions = definitions };

    private static readonly AnonymousAccessPolicy Development = new(allowIntrospection: true);
    private static readonly AnonymousAccessPolicy Production = new(allowIntrospection: false);

    [Fact]
    public void Allows_TypenameOnly_Everywhere()
    {
        var doc = Doc(Query(Field("__typename")));
        Assert.True(Development.Allows(doc));
        Assert.True(Production.Allows(doc));
    }

    [Fact]
    public void Allows_Introspection_OnlyInDevelopment()
    {
        var doc = Doc(Query(Field("__schema", Field("types", Field("name"))), Field("__type", Field("name"))));
        Assert.True(Development.Allows(doc));
        Assert.False(Production.Allows(doc));
    }

    [Fact]
    public void Refuses_AnyOtherRootField()
    {
        Assert.False(Development.Allows(Doc(Query(Field("__typename"), Field("child", Field("id"))))));
    }

    [Fact]
    public void FollowsFragmentsAtTheRoot()
    {
        Assert.True(Development.Allows(Doc(Query(Spread("F")), Fragment("F", Field("__typename")))));
        Assert.False(Development.Allows(Doc(Query(Spread("F")), Fragment("F", Field("child")))));
        Assert.False(Development.Allows(Doc(Query(Spread("Missing")))));
        Assert.False(Development.Allows(Doc(Query(Spread("F")), Fragment("F", Spread("F")))));
    }

    [Fact]
    public void FollowsInlineFragmentsAtTheRoot()
    {
        var inline = new InlineFragmentNode { SelectionSet = new SelectionSetNode { Selections = [Field("child")] } };
        Assert.False(Development.Allows(Doc(Query(inline))));
    }

    [Fact]
    public void ChecksEveryOperation()
    {
        var secret = new OperationDefinitionNode
        {
            Operation = OperationType.Mutation,
            Name = new NameNode("B"),
            SelectionSet = new SelectionSetNode { Selections = [Field("recordConsent", Field("id"))] },
        };
        Assert.False(Development.Allows(Doc(Query(Field("__typename")), secret)));
    }

    [Fact]
    public void Refuses_DocumentsWithoutOperations()
    {
        Assert.False(Development.Allows(Doc(Fragment("F", Field("__typename")))));
    }
}
