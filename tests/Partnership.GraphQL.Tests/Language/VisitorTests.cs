using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Language;

// Expected traces are graphql-js 17.1.0's visit / visitInParallel on the same document with the same callbacks.
public sealed class VisitorTests
{
    private const string Text = "query Q($v: Int = 1) @d { a(x: [1, {y: $v}]) { b } ...F ... on T { c } } fragment F on T { d }";

    private static string Label(Node node) => node.Kind + (node is NameNode name ? ":" + name.Value : "");

    /// <summary>Records every enter and leave; the callbacks decide what to return.</summary>
    private sealed class Trace(Func<Node, VisitAction>? onEnter = null, Func<Node, VisitAction>? onLeave = null) : ASTVisitor
    {
        public readonly List<string> Events = [];

        public override VisitAction Enter(Node node, VisitorContext context)
        {
            Events.Add(">" + Label(node));
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        public override VisitAction Leave(Node node, VisitorContext context)
        {
            Events.Add("<" + Label(node));
            return onLeave?.Invoke(node) ?? VisitAction.Continue;
        }

        public override string ToString() => string.Join(" ", Events);
    }

    /// <summary>Overrides per-kind methods only, as a validation rule would.</summary>
    private sealed class FieldsOnly : ASTVisitor
    {
        public readonly List<string> Events = [];

        public override VisitAction EnterField(FieldNode node, VisitorContext context)
        {
            Events.Add(">Field");
            return VisitAction.Continue;
        }

        public override VisitAction LeaveField(FieldNode node, VisitorContext context)
        {
            Events.Add("<Field");
            return VisitAction.Continue;
        }

        public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitorContext context)
        {
            Events.Add(">FragmentSpread");
            return VisitAction.Skip;
        }

        public override string ToString() => string.Join(" ", Events);
    }

    [Fact]
    public void Visit_WholeDocument_GraphQLJsOrder()
    {
        var trace = new Trace();
        Visitor.Visit(Parser.Parse(Text), trace);
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >Name:a <Name:a >Argument >Name:x <Name:x >ListValue >IntValue <IntValue >ObjectValue >ObjectField >Name:y <Name:y >Variable >Name:v <Name:v <Variable <ObjectField <ObjectValue <ListValue <Argument >SelectionSet >Field >Name:b <Name:b <Field <SelectionSet <Field >FragmentSpread >Name:F <Name:F <FragmentSpread >InlineFragment >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field >Name:c <Name:c <Field <SelectionSet <InlineFragment <SelectionSet <OperationDefinition >FragmentDefinition >Name:F <Name:F >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field >Name:d <Name:d <Field <SelectionSet <FragmentDefinition <Document", trace.ToString());
    }

    [Fact]
    public void Visit_SkipOnEnter_NoChildrenNoLeave()
    {
        var trace = new Trace(onEnter: n => n is FieldNode { Name.Value: "a" } ? VisitAction.Skip : VisitAction.Continue);
        Visitor.Visit(Parser.Parse(Text), trace);
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >FragmentSpread >Name:F <Name:F <FragmentSpread >InlineFragment >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field >Name:c <Name:c <Field <SelectionSet <InlineFragment <SelectionSet <OperationDefinition >FragmentDefinition >Name:F <Name:F >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field >Name:d <Name:d <Field <SelectionSet <FragmentDefinition <Document", trace.ToString());
    }

    [Fact]
    public void Visit_BreakOnEnter_StopsAtOnce()
    {
        var trace = new Trace(onEnter: n => n is NameNode { Value: "b" } ? VisitAction.Break : VisitAction.Continue);
        Visitor.Visit(Parser.Parse(Text), trace);
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >Name:a <Name:a >Argument >Name:x <Name:x >ListValue >IntValue <IntValue >ObjectValue >ObjectField >Name:y <Name:y >Variable >Name:v <Name:v <Variable <ObjectField <ObjectValue <ListValue <Argument >SelectionSet >Field >Name:b", trace.ToString());
    }

    [Fact]
    public void Visit_BreakOnLeave_StopsAtOnce()
    {
        var trace = new Trace(onLeave: n => n is FieldNode ? VisitAction.Break : VisitAction.Continue);
        Visitor.Visit(Parser.Parse(Text), trace);
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >Name:a <Name:a >Argument >Name:x <Name:x >ListValue >IntValue <IntValue >ObjectValue >ObjectField >Name:y <Name:y >Variable >Name:v <Name:v <Variable <ObjectField <ObjectValue <ListValue <Argument >SelectionSet >Field >Name:b <Name:b <Field", trace.ToString());
    }

    [Fact]
    public void ParallelVisitor_EachVisitorSkipsAndBreaksOnItsOwn()
    {
        var skipsFields = new Trace(onEnter: n => n is FieldNode ? VisitAction.Skip : VisitAction.Continue);
        var breaksAtX = new Trace(onEnter: n => n is NameNode { Value: "x" } ? VisitAction.Break : VisitAction.Continue);
        var fieldsOnly = new FieldsOnly();
        Visitor.Visit(Parser.Parse(Text), new ParallelVisitor([skipsFields, breaksAtX, fieldsOnly]));
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >FragmentSpread >Name:F <Name:F <FragmentSpread >InlineFragment >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field <SelectionSet <InlineFragment <SelectionSet <OperationDefinition >FragmentDefinition >Name:F <Name:F >NamedType >Name:T <Name:T <NamedType >SelectionSet >Field <SelectionSet <FragmentDefinition <Document", skipsFields.ToString());
        Assert.Equal(">Document >OperationDefinition >Name:Q <Name:Q >VariableDefinition >Variable >Name:v <Name:v <Variable >NamedType >Name:Int <Name:Int <NamedType >IntValue <IntValue <VariableDefinition >Directive >Name:d <Name:d <Directive >SelectionSet >Field >Name:a <Name:a >Argument >Name:x", breaksAtX.ToString());
        Assert.Equal(">Field >Field <Field <Field >FragmentSpread >Field <Field >Field <Field", fieldsOnly.ToString());
    }

    [Fact]
    public void ParallelVisitor_AllBroken_TraversalStops()
    {
        var first = new Trace(onEnter: n => n is OperationDefinitionNode ? VisitAction.Break : VisitAction.Continue);
        var watcher = new Trace();
        var combined = new ParallelVisitor([first]);
        Visitor.Visit(Parser.Parse(Text), new ParallelVisitor([combined, new StopAfter(watcher, 3)]));
        Assert.Equal(">Document >OperationDefinition", first.ToString());
        Assert.Equal(">Document >OperationDefinition >Name:Q", watcher.ToString());
    }

    [Fact]
    public void ParallelVisitor_Reused_StartsAfresh()
    {
        var breaksAtField = new Trace(onEnter: n => n is FieldNode ? VisitAction.Break : VisitAction.Continue);
        var parallel = new ParallelVisitor([breaksAtField]);
        var document = Parser.Parse("{ a }");
        Visitor.Visit(document, parallel);
        Visitor.Visit(document, parallel);
        Assert.Equal(">Document >OperationDefinition >SelectionSet >Field >Document >OperationDefinition >SelectionSet >Field",
            breaksAtField.ToString());
    }

    [Fact]
    public void ParallelVisitor_SameVisitorTypesAgain_ReusesItsKindTables()
    {
        static ASTVisitor[] Visitors()
        {
            var visitors = new ASTVisitor[28]; // as many as the specified validation rules
            for (int i = 0; i < visitors.Length; i++) visitors[i] = i % 2 == 0 ? new FieldsOnly() : new Trace();
            return visitors;
        }
        _ = new ParallelVisitor(Visitors());
        var again = Visitors();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parallel = new ParallelVisitor(again);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Only the visitor list and the skip states (8 bytes per visitor each), not a table per node kind.
        Assert.True(allocated < 24 * again.Length + 200, $"{allocated} B for {again.Length} visitors");
        Visitor.Visit(Parser.Parse("{ a }"), parallel);
        Assert.Equal(">Field <Field", again[0].ToString());
        Assert.Equal(">Document >OperationDefinition >SelectionSet >Field >Name:a <Name:a <Field <SelectionSet <OperationDefinition <Document", again[1].ToString());
    }

    private sealed class StopAfter(Trace inner, int count) : ASTVisitor
    {
        public override VisitAction Enter(Node node, VisitorContext context)
        {
            inner.Enter(node, context);
            return inner.Events.Count >= count ? VisitAction.Break : VisitAction.Continue;
        }
    }

    [Fact]
    public void Visit_Context_ParentAndAncestorsAreNodes()
    {
        var seen = new List<string>();
        var visitor = new ContextRecorder(seen);
        Visitor.Visit(Parser.Parse(Text), visitor);
        // graphql-js gives, leaving out arrays: Document/OperationDefinition parent=VariableDefinition | Document/OperationDefinition parent=array | Document/OperationDefinition/SelectionSet/Field/Argument/ListValue/ObjectValue parent=ObjectField
        // (its ancestors leave out the direct parent; ours end with it).
        Assert.Equal(
        [
            "Document/OperationDefinition/VariableDefinition parent=VariableDefinition",
            "Document/OperationDefinition parent=OperationDefinition",
            "Document/OperationDefinition/SelectionSet/Field/Argument/ListValue/ObjectValue/ObjectField parent=ObjectField",
        ], seen);
    }

    private sealed class ContextRecorder(List<string> seen) : ASTVisitor
    {
        private void Record(VisitorContext context)
        {
            var kinds = new List<string>();
            foreach (var ancestor in context.Ancestors) kinds.Add(ancestor.Kind.ToString());
            seen.Add(string.Join("/", kinds) + " parent=" + context.Parent!.Kind);
        }

        public override VisitAction EnterDirective(DirectiveNode node, VisitorContext context)
        {
            Record(context);
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariable(VariableNode node, VisitorContext context)
        {
            Record(context);
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Visit_TypeSystemDocument_VisitsEveryDefinitionKind()
    {
        var document = Parser.Parse(
            "schema { query: Q } scalar S type Q implements I { f(a: Int = 1): S } interface I { f: S } union U = Q " +
            "enum E { A } input In { x: Int } directive @d(a: Int) on FIELD extend schema @d extend scalar S @d " +
            "extend type Q @d extend interface I @d extend union U @d extend enum E @d extend input In @d extend directive @d @e");
        var kinds = new HashSet<NodeKind>();
        Visitor.Visit(document, new Trace(onEnter: n => { kinds.Add(n.Kind); return VisitAction.Continue; }));
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            if (kind is NodeKind.Variable or NodeKind.VariableDefinition or NodeKind.OperationDefinition or NodeKind.SelectionSet
                or NodeKind.Field or NodeKind.Argument or NodeKind.FragmentSpread or NodeKind.InlineFragment
                or NodeKind.FragmentDefinition or NodeKind.FloatValue or NodeKind.StringValue or NodeKind.BooleanValue
                or NodeKind.NullValue or NodeKind.EnumValue or NodeKind.ListValue or NodeKind.ObjectValue
                or NodeKind.ObjectField or NodeKind.ListType or NodeKind.NonNullType) continue;
            Assert.Contains(kind, kinds);
        }
    }
}
