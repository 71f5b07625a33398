using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Types;

public static partial class SchemaValidator
{
    private sealed class FiniteState(InputObjectType inputObject)
    {
        public readonly InputObjectType InputObject = inputObject;
        public readonly List<(InputFieldDefinition Field, InputObjectType Target)> Targets = [];
        public readonly List<FiniteState> Dependents = [];
        public int UnresolvedTargetCount;
        public bool HasFiniteValue;
    }

    private sealed partial class Context
    {
        // graphql-js detectInputObjectNonFiniteValues: an input object all of whose values would be infinite.
        private void DetectNonFiniteValues(OrderedDictionary<InputObjectType, FiniteState> states)
        {
            var withFinite = new Stack<FiniteState>();
            void Mark(FiniteState state)
            {
                if (state.HasFiniteValue) return;
                state.HasFiniteValue = true;
                withFinite.Push(state);
            }
            foreach (var state in states.Values)
            {
                var io = state.InputObject;
                var fields = io.Fields.Values.ToList();
                foreach (var field in fields)
                {
                    var target = FiniteTarget(io, field.Type);
                    if (target is null) continue;
                    state.Targets.Add((field, target));
                    if (states.TryGetValue(target, out var targetState)) targetState.Dependents.Add(state);
                }
                if (io.IsOneOf)
                {
                    if (fields.Count == 0 || state.Targets.Count < fields.Count) Mark(state);
                }
                else
                {
                    state.UnresolvedTargetCount = state.Targets.Count;
                    if (state.Targets.Count == 0) Mark(state);
                }
            }
            while (withFinite.TryPop(out var next))
            {
                foreach (var dependent in next.Dependents)
                {
                    if (dependent.HasFiniteValue) continue;
                    if (dependent.InputObject.IsOneOf)
                    {
                        Mark(dependent);
                        continue;
                    }
                    if (--dependent.UnresolvedTargetCount == 0) Mark(dependent);
                }
            }

            var visited = new HashSet<InputObjectType>(ReferenceEqualityComparer.Instance);
            var fieldPath = new List<(string FieldStr, Node? AstNode)>();
            var pathIndexByType = new Dictionary<InputObjectType, int>(ReferenceEqualityComparer.Instance);
            void ReportCycle(FiniteState state)
            {
                var io = state.InputObject;
                if (!visited.Add(io)) return;
                pathIndexByType[io] = fieldPath.Count;
                foreach (var (field, target) in state.Targets)
                {
                    if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue) continue;
                    fieldPath.Add(($"{io.Name}.{field.Name}", field.AstNode));
                    if (!pathIndexByType.TryGetValue(target, out var cycleIndex)) ReportCycle(targetState);
                    else
                    {
                        var cycle = fieldPath.GetRange(cycleIndex, fieldPath.Count - cycleIndex);
                        Report($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.FieldStr))}.",
                            cycle.Select(p => p.AstNode));
                    }
                    fieldPath.RemoveAt(fieldPath.Count - 1);
                }
                pathIndexByType.Remove(io);
            }
            foreach (var state in states.Values)
            {
                if (!state.HasFiniteValue) ReportCycle(state);
            }
        }

        private static InputObjectType? FiniteTarget(InputObjectType io, GraphQLType fieldType)
        {
            if (io.IsOneOf) return fieldType as InputObjectType;
            return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
        }
    }

    // graphql-js createInputObjectDefaultValueCircularRefsValidator, over SDL default literals.
    private sealed class DefaultValueCycles(Context context)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string FieldStr, Node? Node)> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

        public void Validate(InputObjectType inputObject) => DetectInObject(inputObject, null);

        // A null literal stands for graphql-js's initial empty object value.
        private void DetectInObject(InputObjectType inputObject, ObjectValueNode? literal)
        {
            Dictionary<string, ObjectFieldNode>? fieldNodes = null;
            if (literal is not null)
            {
                fieldNodes = new(StringComparer.Ordinal);
                foreach (var f in literal.Fields) fieldNodes[f.Name.Value] = f;
            }
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type.GetNamedType() is not InputObjectType namedFieldType) continue;
                if (fieldNodes is not null && fieldNodes.TryGetValue(field.Name, out var fieldNode))
                    DetectInLiteral(namedFieldType, fieldNode.Value);
                else DetectInField(field, namedFieldType, $"{inputObject.Name}.{field.Name}");
            }
        }

        private void DetectInLiteral(InputObjectType inputObject, ValueNode value)
        {
            switch (value)
            {
                case ListValueNode list:
                    foreach (var item in list.Values) DetectInLiteral(inputObject, item);
                    break;
                case ObjectValueNode obj:
                    DetectInObject(inputObject, obj);
                    break;
            }
        }

        private void DetectInField(InputFieldDefinition field, InputObjectType fieldType, string fieldStr)
        {
            var literal = field.DefaultValueLiteral;
            if (literal is null) return;
            if (_fieldPathIndex.TryGetValue(fieldStr, out var cycleIndex))
            {
                var via = cycleIndex < _fieldPath.Count
                    ? " via the default values of: " + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.FieldStr))
                    : "";
                context.ReportCycle($"Invalid circular reference. The default value of Input Object field {fieldStr} references itself{via}.",
                    _fieldPath.Skip(cycleIndex - 1).Select(p => p.Node));
                return;
            }
            if (!_visitedFields.Add(fieldStr)) return;
            _fieldPath.Add((fieldStr, field.AstNode?.DefaultValue));
            _fieldPathIndex[fieldStr] = _fieldPath.Count;
            DetectInLiteral(fieldType, literal);
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _fieldPathIndex.Remove(fieldStr);
        }
    }
}
