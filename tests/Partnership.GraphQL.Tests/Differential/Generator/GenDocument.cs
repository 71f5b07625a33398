using System.Text;

namespace Partnership.GraphQL.Tests.Differential.Generator;

/// <summary>An argument or directive argument: a name and the literal text of its value.</summary>
internal sealed record GenArgValue(string Name, string Value);

internal sealed record GenDirective(string Name, IReadOnlyList<GenArgValue> Arguments);

internal abstract class GenSelection
{
    public List<GenDirective> Directives { get; } = [];
}

internal sealed class GenFieldSelection(string parentType, GenField? field, string name) : GenSelection
{
    /// <summary>The type the field is selected on (as written, possibly abstract).</summary>
    public string ParentType { get; } = parentType;

    /// <summary>The schema field, or null for <c>__typename</c> and for deliberately unknown fields.</summary>
    public GenField? Field { get; set; } = field;

    public string Name { get; set; } = name;
    public string? Alias { get; set; }
    public List<GenArgValue> Arguments { get; } = [];
    public List<GenSelection>? Children { get; set; }

    public string ResponseKey => Alias ?? Name;
}

internal sealed class GenInlineFragment(string? typeCondition, List<GenSelection> children) : GenSelection
{
    public string? TypeCondition { get; set; } = typeCondition;
    public List<GenSelection> Children { get; } = children;
}

internal sealed class GenFragmentSpread(string fragmentName) : GenSelection
{
    public string FragmentName { get; set; } = fragmentName;
}

internal sealed class GenFragment(string name, string typeCondition, List<GenSelection> children)
{
    public string Name { get; } = name;
    public string TypeCondition { get; set; } = typeCondition;
    public List<GenSelection> Children { get; } = children;
}

internal sealed record GenVariable(string Name, GenTypeRef Type, string? DefaultValue)
{
    public string TypeText { get; init; } = Type.ToString();
}

internal sealed class GenOperation(string keyword, string? name, string rootType)
{
    public string Keyword { get; } = keyword;
    public string? Name { get; set; } = name;
    public string RootType { get; } = rootType;
    public List<GenVariable> Variables { get; } = [];
    public List<GenSelection> Children { get; } = [];
}

/// <summary>A generated document: operations and fragments, printed in one of several layouts.</summary>
internal sealed class GenDocument
{
    public List<GenOperation> Operations { get; } = [];
    public List<GenFragment> Fragments { get; } = [];

    public GenFragment? FindFragment(string name)
    {
        foreach (var fragment in Fragments) if (fragment.Name == name) return fragment;
        return null;
    }

    /// <summary>Prints the document; <paramref name="pretty"/> gives indented lines, otherwise one line per definition.</summary>
    public string Print(bool pretty, bool commas)
    {
        var printer = new Printer(pretty, commas);
        var first = true;
        foreach (var operation in Operations)
        {
            if (!first) printer.Out.Append('\n');
            first = false;
            printer.Operation(operation);
        }
        foreach (var fragment in Fragments)
        {
            if (!first) printer.Out.Append('\n');
            first = false;
            printer.Out.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition).Append(' ');
            printer.SelectionSet(fragment.Children, 0);
        }
        return printer.Out.ToString();
    }

    private sealed class Printer(bool pretty, bool commas)
    {
        public StringBuilder Out { get; } = new();

        public void Operation(GenOperation operation)
        {
            var anonymousQuery = operation.Keyword == "query" && operation.Name is null && operation.Variables.Count == 0;
            if (!anonymousQuery)
            {
                Out.Append(operation.Keyword);
                if (operation.Name is not null) Out.Append(' ').Append(operation.Name);
                if (operation.Variables.Count > 0)
                {
                    Out.Append('(');
                    for (var i = 0; i < operation.Variables.Count; i++)
                    {
                        if (i > 0) Out.Append(commas ? ", " : " ");
                        var variable = operation.Variables[i];
                        Out.Append('$').Append(variable.Name).Append(": ").Append(variable.TypeText);
                        if (variable.DefaultValue is not null) Out.Append(" = ").Append(variable.DefaultValue);
                    }
                    Out.Append(')');
                }
                Out.Append(' ');
            }
            SelectionSet(operation.Children, 0);
        }

        public void SelectionSet(List<GenSelection> selections, int depth)
        {
            Out.Append('{');
            foreach (var selection in selections)
            {
                if (pretty) Out.Append('\n').Append(' ', (depth + 1) * 2);
                else Out.Append(' ');
                Selection(selection, depth + 1);
                if (commas && !pretty) Out.Append(',');
            }
            if (pretty) Out.Append('\n').Append(' ', depth * 2);
            else Out.Append(' ');
            Out.Append('}');
        }

        private void Selection(GenSelection selection, int depth)
        {
            switch (selection)
            {
                case GenFieldSelection field:
                    if (field.Alias is not null) Out.Append(field.Alias).Append(": ");
                    Out.Append(field.Name);
                    Arguments(field.Arguments);
                    Directives(field.Directives);
                    if (field.Children is not null)
                    {
                        Out.Append(' ');
                        SelectionSet(field.Children, depth);
                    }
                    break;
                case GenInlineFragment inline:
                    Out.Append("...");
                    if (inline.TypeCondition is not null) Out.Append(" on ").Append(inline.TypeCondition);
                    Directives(inline.Directives);
                    Out.Append(' ');
                    SelectionSet(inline.Children, depth);
                    break;
                case GenFragmentSpread spread:
                    Out.Append("...").Append(spread.FragmentName);
                    Directives(spread.Directives);
                    break;
            }
        }

        private void Arguments(List<GenArgValue> arguments)
        {
            if (arguments.Count == 0) return;
            Out.Append('(');
            for (var i = 0; i < arguments.Count; i++)
            {
                if (i > 0) Out.Append(commas ? ", " : " ");
                Out.Append(arguments[i].Name).Append(": ").Append(arguments[i].Value);
            }
            Out.Append(')');
        }

        private void Directives(List<GenDirective> directives)
        {
            foreach (var directive in directives)
            {
                Out.Append(" @").Append(directive.Name);
                if (directive.Arguments.Count > 0)
                {
                    Out.Append('(');
                    for (var i = 0; i < directive.Arguments.Count; i++)
                    {
                        if (i > 0) Out.Append(", ");
                        Out.Append(directive.Arguments[i].Name).Append(": ").Append(directive.Arguments[i].Value);
                    }
                    Out.Append(')');
                }
            }
        }
    }
}
