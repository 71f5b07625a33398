using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.Validation;

/// <summary>Makes a rule's visitor for an executable document (graphql-js <c>ValidationRule</c>).</summary>
public delegate ASTVisitor ValidationRule(ValidationContext context);

/// <summary>Makes a rule's visitor for a type system document (graphql-js <c>SDLValidationRule</c>).</summary>
public delegate ASTVisitor SDLValidationRule(SDLValidationContext context);

/// <summary>A use of a variable: where it is, the input type expected there, and whether a default applies there.</summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, bool HasLocationDefaultValue);

/// <summary>
/// What every rule can ask (graphql-js <c>ASTValidationContext</c>): the document, its fragments, the spreads in a
/// selection set, the fragments an operation uses, and where to report errors.
/// </summary>
public abstract class ASTValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursiveFragments = new(StringComparer.Ordinal);
    private int _remainingFragmentWork = FragmentWorkBudget;

    private protected ASTValidationContext(DocumentNode document, Action<GraphQLError> onError)
    {
        Document = document;
        _onError = onError;
    }

    public DocumentNode Document { get; }

    /// <summary>The schema the document is checked against; for SDL, the schema being extended (may be null).</summary>
    public abstract GraphQLSchema? Schema { get; }

    /// <summary>When true, messages leave out "Did you mean …?" suggestions.</summary>
    public virtual bool HideSuggestions => false;

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The directive tables for this document (see <see cref="DirectiveTables"/>), shared by the directive rules.</summary>
    internal DirectiveTables? DocumentDirectiveTables { get; set; }

    /// <summary>The fragment definition of that name (the last one when the name repeats), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere in a selection set, in graphql-js's (stack) order; cached.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var spreads)) return spreads;
        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } fieldSet }: setsToVisit.Push(fieldSet); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments; cached.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations use, directly or through other fragments; cached by the set of spread names.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\u0001', sorted);
        if (_recursiveFragments.TryGetValue(key, out var fragments)) return fragments;

        fragments = [];
        SpendFragmentWork(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
            }
        }
        _recursiveFragments[key] = fragments;
        return fragments;
    }

    /// <summary>Counts work done over fragments; aborts validation past graphql-js's budget of 50,000.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException(ValidationAbortedException.AbortedMessage);
    }
}

/// <summary>The context of executable-document rules (graphql-js <c>ValidationContext</c>).</summary>
public sealed class ValidationContext : ASTValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly Dictionary<Node, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError, bool hideSuggestions)
        : base(document, onError)
    {
        ValidSchema = schema;
        _typeInfo = typeInfo;
        HideSuggestions = hideSuggestions;
    }

    public override GraphQLSchema? Schema => ValidSchema;

    /// <summary>The schema (never null for executable documents).</summary>
    public GraphQLSchema ValidSchema { get; }

    public override bool HideSuggestions { get; }

    /// <summary>graphql-js 17.1 accepts <c>{ }</c> by default; ScalarLeafs reports it only when this is false.</summary>
    public bool AllowEmptySelectionSets => true;

    public GraphQLType? GetOutputType() => _typeInfo.GetOutputType();
    public GraphQLType? GetParentType() => _typeInfo.GetParentType();
    public GraphQLType? GetInputType() => _typeInfo.GetInputType();
    public GraphQLType? GetParentInputType() => _typeInfo.GetParentInputType();
    public FieldDefinition? GetFieldDef() => _typeInfo.GetFieldDef();
    public DirectiveDefinition? GetDirective() => _typeInfo.GetDirective();
    public ArgumentDefinition? GetArgument() => _typeInfo.GetArgument();
    public EnumValueDefinition? GetEnumValue() => _typeInfo.GetEnumValue();

    /// <summary>The variables used in an operation or fragment (not through spreads), in document order; cached.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var usages)) return usages;
        usages = [];
        // One tracker serves every call: a complete walk leaves its stacks empty again.
        _usageCollector ??= new UsageCollector(new TypeInfo(ValidSchema));
        _usageCollector.Target = usages;
        Visitor.Visit(node, _usageCollector.Walker);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses; cached.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages)) return usages;
        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        var own = GetVariableUsages(operation);
        usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private UsageCollector? _usageCollector;

    private sealed class UsageCollector : ASTVisitor
    {
        private readonly TypeInfo _typeInfo;

        public UsageCollector(TypeInfo typeInfo)
        {
            _typeInfo = typeInfo;
            Walker = new TypeInfoVisitor(typeInfo, this);
        }

        public TypeInfoVisitor Walker { get; }

        public List<VariableUsage> Target { get; set; } = [];

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext context) => VisitAction.Skip;

        public override VisitAction EnterVariable(VariableNode node, VisitorContext context)
        {
            Target.Add(new VariableUsage(node, _typeInfo.GetInputType(), _typeInfo.GetParentInputType(), _typeInfo.GetDefaultValueDefinition() is not null));
            return VisitAction.Continue;
        }
    }
}

/// <summary>The context of type system document rules (graphql-js <c>SDLValidationContext</c>).</summary>
public sealed class SDLValidationContext : ASTValidationContext
{
    internal SDLValidationContext(DocumentNode document, GraphQLSchema? schemaToExtend, Action<GraphQLError> onError)
        : base(document, onError)
    {
        Schema = schemaToExtend;
    }

    public override GraphQLSchema? Schema { get; }
}

/// <summary>Stops validation early; the validator adds its error to the result.</summary>
internal sealed class ValidationAbortedException(string message) : Exception(message)
{
    public const string AbortedMessage = "Validation aborted.";
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";
}
