using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.Tests.Differential.Generator;

internal enum GenKind { Scalar, Object, Interface, Union, Enum, InputObject }

/// <summary>A type reference: a named type, or a list or non-null wrapper around one.</summary>
internal sealed class GenTypeRef
{
    private GenTypeRef(string? name, GenTypeRef? ofType, bool isList, bool isNonNull)
    {
        Name = name;
        OfType = ofType;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    public string? Name { get; }
    public GenTypeRef? OfType { get; }
    public bool IsList { get; }
    public bool IsNonNull { get; }

    public string NamedType => Name ?? OfType!.NamedType;

    public GenTypeRef Nullable => IsNonNull ? OfType! : this;

    public static GenTypeRef Named(string name) => new(name, null, false, false);
    public static GenTypeRef ListOf(GenTypeRef item) => new(null, item, true, false);
    public static GenTypeRef NonNullOf(GenTypeRef inner) => inner.IsNonNull ? inner : new(null, inner, false, true);

    public static GenTypeRef From(TypeNode node) => node switch
    {
        NamedTypeNode named => Named(named.Name.Value),
        ListTypeNode list => ListOf(From(list.Type)),
        NonNullTypeNode nonNull => NonNullOf(From(nonNull.Type)),
        _ => throw new InvalidOperationException($"Unexpected type node {node.Kind}."),
    };

    public override string ToString() => IsNonNull ? OfType + "!" : IsList ? "[" + OfType + "]" : Name!;
}

internal sealed record GenArgument(string Name, GenTypeRef Type, bool HasDefault)
{
    public bool IsRequired => Type.IsNonNull && !HasDefault;
}

internal sealed record GenField(string Name, GenTypeRef Type, IReadOnlyList<GenArgument> Arguments);

internal sealed class GenType(string name, GenKind kind)
{
    public string Name { get; } = name;
    public GenKind Kind { get; } = kind;
    public List<GenField> Fields { get; } = [];
    public List<string> Interfaces { get; } = [];
    public List<string> Members { get; } = [];
    public List<string> EnumValues { get; } = [];
    public List<GenArgument> InputFields { get; } = [];
    public bool IsOneOf { get; set; }

    /// <summary>Object types an abstract type can be at run time; the object itself for an object type.</summary>
    public List<string> PossibleTypes { get; } = [];

    public bool IsComposite => Kind is GenKind.Object or GenKind.Interface or GenKind.Union;
    public bool IsAbstract => Kind is GenKind.Interface or GenKind.Union;

    public GenField? GetField(string fieldName)
    {
        foreach (var field in Fields) if (field.Name == fieldName) return field;
        return null;
    }
}

/// <summary>
/// What the generator needs to know about a schema, read from its SDL: types, fields, arguments, root types.
/// Deliberately independent of the engine's type system (only its parser is used, to read the SDL).
/// </summary>
internal sealed class GenSchema
{
    private GenSchema(string name, string sdl)
    {
        Name = name;
        Sdl = sdl;
    }

    public string Name { get; }
    public string Sdl { get; }
    public Dictionary<string, GenType> Types { get; } = new(StringComparer.Ordinal);
    public string Query { get; private set; } = "Query";
    public string? Mutation { get; private set; }
    public string? Subscription { get; private set; }

    /// <summary>Directives usable on fields that take no required arguments (for sprinkling into documents).</summary>
    public List<string> FieldDirectives { get; } = [];

    public GenType this[string typeName] => Types[typeName];

    public static GenSchema Parse(string name, string sdl)
    {
        var schema = new GenSchema(name, sdl);
        foreach (var builtIn in new[] { "Int", "Float", "String", "Boolean", "ID" })
            schema.Types[builtIn] = new GenType(builtIn, GenKind.Scalar);
        var document = Parser.Parse(sdl);
        SchemaDefinitionNode? schemaDefinition = null;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s: schemaDefinition = s; break;
                case ScalarTypeDefinitionNode s: schema.Types[s.Name.Value] = new GenType(s.Name.Value, GenKind.Scalar); break;
                case ObjectTypeDefinitionNode o: schema.Types[o.Name.Value] = Composite(o.Name.Value, GenKind.Object, o.Fields, o.Interfaces); break;
                case InterfaceTypeDefinitionNode i: schema.Types[i.Name.Value] = Composite(i.Name.Value, GenKind.Interface, i.Fields, i.Interfaces); break;
                case UnionTypeDefinitionNode u:
                {
                    var union = new GenType(u.Name.Value, GenKind.Union);
                    foreach (var member in u.Types) union.Members.Add(member.Name.Value);
                    schema.Types[union.Name] = union;
                    break;
                }
                case EnumTypeDefinitionNode e:
                {
                    var enumType = new GenType(e.Name.Value, GenKind.Enum);
                    foreach (var value in e.Values) enumType.EnumValues.Add(value.Name.Value);
                    schema.Types[enumType.Name] = enumType;
                    break;
                }
                case InputObjectTypeDefinitionNode input:
                {
                    var inputType = new GenType(input.Name.Value, GenKind.InputObject);
                    foreach (var field in input.Fields) inputType.InputFields.Add(Argument(field));
                    foreach (var directive in input.Directives) if (directive.Name.Value == "oneOf") inputType.IsOneOf = true;
                    schema.Types[inputType.Name] = inputType;
                    break;
                }
                case DirectiveDefinitionNode d:
                {
                    var onField = false;
                    foreach (var location in d.Locations) onField |= location.Value == "FIELD";
                    var required = false;
                    foreach (var argument in d.Arguments) required |= Argument(argument).IsRequired;
                    if (onField && !required && d.Name.Value is not ("defer" or "stream")) schema.FieldDirectives.Add(d.Name.Value);
                    break;
                }
            }
        }
        if (schemaDefinition is not null)
        {
            schema.Query = "";
            foreach (var operationType in schemaDefinition.OperationTypes)
            {
                var typeName = operationType.Type.Name.Value;
                switch (operationType.Operation)
                {
                    case OperationType.Query: schema.Query = typeName; break;
                    case OperationType.Mutation: schema.Mutation = typeName; break;
                    case OperationType.Subscription: schema.Subscription = typeName; break;
                }
            }
        }
        else
        {
            schema.Mutation = schema.Types.ContainsKey("Mutation") ? "Mutation" : null;
            schema.Subscription = schema.Types.ContainsKey("Subscription") ? "Subscription" : null;
        }
        foreach (var type in schema.Types.Values)
        {
            if (type.Kind == GenKind.Object)
            {
                type.PossibleTypes.Add(type.Name);
                foreach (var iface in type.Interfaces) schema.Types[iface].PossibleTypes.Add(type.Name);
            }
            else if (type.Kind == GenKind.Union)
            {
                type.PossibleTypes.AddRange(type.Members);
            }
        }
        return schema;
    }

    /// <summary>Whether a value of object type <paramref name="objectType"/> matches type condition <paramref name="condition"/>.</summary>
    public bool Applies(string objectType, string? condition) =>
        condition is null || condition == objectType ||
        (Types.TryGetValue(condition, out var type) && type.IsAbstract && type.PossibleTypes.Contains(objectType));

    /// <summary>Whether a fragment on <paramref name="condition"/> may be spread where <paramref name="parentType"/> is expected.</summary>
    public bool CanSpread(string parentType, string condition)
    {
        foreach (var possible in Types[parentType].PossibleTypes)
        {
            if (Applies(possible, condition)) return true;
        }
        return false;
    }

    private static GenType Composite(string name, GenKind kind, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<NamedTypeNode> interfaces)
    {
        var type = new GenType(name, kind);
        foreach (var field in fields)
        {
            var arguments = new List<GenArgument>(field.Arguments.Count);
            foreach (var argument in field.Arguments) arguments.Add(Argument(argument));
            type.Fields.Add(new GenField(field.Name.Value, GenTypeRef.From(field.Type), arguments));
        }
        foreach (var iface in interfaces) type.Interfaces.Add(iface.Name.Value);
        return type;
    }

    private static GenArgument Argument(InputValueDefinitionNode node) =>
        new(node.Name.Value, GenTypeRef.From(node.Type), node.DefaultValue is not null);
}
