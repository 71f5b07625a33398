using Partnership.GraphQL.Language;
using Partnership.GraphQL.Types;

namespace Partnership.GraphQL.Utilities;

public static partial class SdlValidator
{
    // The rules that look at applied directives and their argument values.
    private sealed partial class Walker
    {
        // UniqueDirectivesPerLocation, on entering the node that carries the directives.
        private void EnterDirectivesHolder(Node holder, IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
        {
            _ = holder;
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_uniqueDirective.TryGetValue(name, out var unique) || !unique) continue;
                if (seen.TryGetValue(name, out var previous))
                    Report($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
                else seen[name] = directive;
            }
        }

        private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                // KnownDirectives
                if (!_directiveLocations.TryGetValue(name, out var locations))
                    Report($"Unknown directive \"@{name}\".", directive);
                else if (!locations.Contains(location.ToName()))
                    Report($"Directive \"@{name}\" may not be used on {location.ToName()}.", directive);
                // KnownArgumentNamesOnDirectives
                if (_directiveArgs.TryGetValue(name, out var knownArgs))
                {
                    foreach (var arg in directive.Arguments)
                    {
                        if (!knownArgs.Contains(arg.Name.Value))
                            Report($"Unknown argument \"{arg.Name.Value}\" on directive \"@{name}\"." +
                                Suggestions.DidYouMean(Suggestions.SuggestionList(arg.Name.Value, knownArgs)), arg);
                    }
                }
                // UniqueArgumentNames
                var groups = new OrderedDictionary<string, List<NameNode>>(StringComparer.Ordinal);
                foreach (var arg in directive.Arguments)
                {
                    if (!groups.TryGetValue(arg.Name.Value, out var list)) groups[arg.Name.Value] = list = [];
                    list.Add(arg.Name);
                }
                foreach (var (argName, nodes) in groups)
                {
                    if (nodes.Count > 1) Report($"There can be only one argument named \"{argName}\".", [.. nodes]);
                }
                foreach (var arg in directive.Arguments) VisitValue(arg.Value);
                // ProvidedRequiredArgumentsOnDirectives (on leave)
                if (_requiredDirectiveArgs.TryGetValue(name, out var required))
                {
                    foreach (var (argName, argType) in required)
                    {
                        var provided = false;
                        foreach (var arg in directive.Arguments) if (arg.Name.Value == argName) { provided = true; break; }
                        if (!provided)
                            Report($"Argument \"@{name}({argName}:)\" of type \"{argType}\" is required, but it was not provided.", directive);
                    }
                }
            }
        }

        // UniqueInputFieldNames
        private void VisitValue(ValueNode value)
        {
            switch (value)
            {
                case ListValueNode l:
                    foreach (var v in l.Values) VisitValue(v);
                    break;
                case ObjectValueNode o:
                    var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                    foreach (var f in o.Fields)
                    {
                        if (known.TryGetValue(f.Name.Value, out var previous))
                            Report($"There can be only one input field named \"{f.Name.Value}\".", previous, f.Name);
                        else known[f.Name.Value] = f.Name;
                        VisitValue(f.Value);
                    }
                    break;
            }
        }
    }
}
