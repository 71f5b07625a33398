using System.Collections.Concurrent;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Data;

/// <summary>What filter operations a scalar offers.</summary>
internal enum ScalarFilterKind { String, Comparable, Equatable }

public sealed partial class DataSchema
{
    private readonly ConcurrentDictionary<EntityType, InputObjectType> _filterInputs = new();
    private readonly ConcurrentDictionary<EntityType, InputObjectType> _listFilterInputs = new();
    private readonly ConcurrentDictionary<EntityType, InputObjectType> _sortInputs = new();
    private readonly ConcurrentDictionary<EntityType, (ObjectType Connection, ObjectType Edge)> _connections = new();

    internal ObjectType CreateObjectType(EntityType entity)
    {
        entity.EnsureConfigured(); // the description and the Node interface come from the configuration
        return CreateObjectTypeCore(entity);
    }

    private ObjectType CreateObjectTypeCore(EntityType entity) => new(entity.Name, t =>
    {
        foreach (var field in entity.Fields)
        {
            var f = t.Field(field.Name, OutputTypeOf(field), field.Description).Resolver(Projection.EntityResolvers.For(field));
            if (field.Kind == EntityFieldKind.List)
            {
                AddFilterAndOrder(f, field.Target!);
                f.ListSize(GraphQL.Types.ListSize.Assumed(field.AssumedListSize ?? Options.DefaultListSize));
            }
            else if (field.AssumedListSize is { } size) f.ListSize(GraphQL.Types.ListSize.Assumed(size));
            if (field.Weight is { } weight) f.Cost(weight);
            if (field.DeprecationReason is { } reason) f.Deprecated(reason);
        }
        if (entity.IsNode) t.Implements(NodeInterface);
    })
    { Description = entity.Description };

    /// <summary>Adds <c>where</c> and <c>order</c> arguments for the entity's filterable and sortable fields, if any.</summary>
    internal void AddFilterAndOrder(FieldBuilder field, EntityType entity)
    {
        if (entity.Fields.Any(f => f.IsFilterable)) field.Argument("where", FilterInputOf(entity));
        if (entity.Fields.Any(f => f.IsSortable)) field.Argument("order", SortInputOf(entity).NonNull().List());
    }

    internal GraphQLType OutputTypeOf(EntityField field)
    {
        GraphQLType type = field.Kind switch
        {
            EntityFieldKind.Id => Scalars.ID,
            EntityFieldKind.Reference => field.Target!.ObjectType,
            EntityFieldKind.List => field.Target!.ObjectType.NonNull().List(),
            _ => field.ExplicitType?.GetNullableType() ?? OutputTypeFor(field.ValueType, field),
        };
        return field.NonNull ? type.NonNull() : type;
    }

    /// <summary>
    /// The operations a field offers: by its GraphQL type for the built-in and date scalars (so one
    /// <c>StringOperationFilterInput</c> fits every String field), else by its CLR type.
    /// </summary>
    internal static ScalarFilterKind FilterKindOf(NamedType type, Type clr)
    {
        if (type == Scalars.String) return ScalarFilterKind.String;
        if (type == Scalars.Int || type == Scalars.Float || type == DataScalars.Date || type == DataScalars.DateTime) return ScalarFilterKind.Comparable;
        if (type == Scalars.Boolean || type == Scalars.ID || type is EnumType) return ScalarFilterKind.Equatable;
        return FilterKindOf(clr);
    }

    internal static ScalarFilterKind FilterKindOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t == typeof(string)) return ScalarFilterKind.String;
        if (t.IsPrimitive && t != typeof(bool) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTimeOffset)
            || t == typeof(DateTime) || t == typeof(TimeOnly)) return ScalarFilterKind.Comparable;
        return ScalarFilterKind.Equatable; // enums, bool, Guid, value objects behind a custom scalar

    }

    /// <summary><c>{Entity}FilterInput</c>: <c>and</c>, <c>or</c> and one entry per filterable field.</summary>
    public InputObjectType FilterInputOf(EntityType entity) => _filterInputs.GetOrAdd(entity, e =>
    {
        InputObjectType self = null!;
        self = new InputObjectType(e.Name + "FilterInput", b =>
        {
            b.Field("and", self.NonNull().List());
            b.Field("or", self.NonNull().List());
            foreach (var field in e.Fields)
            {
                if (!field.IsFilterable) continue;
                b.Field(field.Name, field.Kind switch
                {
                    EntityFieldKind.Reference => FilterInputOf(field.Target!),
                    EntityFieldKind.List => ListFilterInputOf(field.Target!),
                    EntityFieldKind.Id => OperationInputOf(Scalars.ID, ScalarFilterKind.Equatable),
                    _ => OperationInputOf(OutputTypeOf(field).GetNamedType(), FilterKindOf(OutputTypeOf(field).GetNamedType(), field.ValueType)),
                });
            }
        });
        return self;
    });

    private InputObjectType ListFilterInputOf(EntityType entity) => _listFilterInputs.GetOrAdd(entity, e =>
    {
        var element = FilterInputOf(e);
        return new InputObjectType("ListFilterInputTypeOf" + element.Name, b => b
            .Field("all", element, "Every element matches (true for an empty list).")
            .Field("none", element, "No element matches.")
            .Field("some", element, "At least one element matches.")
            .Field("any", Scalars.Boolean, "true: the list has elements; false: it is empty."));
    });

    internal static string OperationInputName(NamedType scalar) => (scalar == Scalars.ID ? "Id" : scalar.Name) + "OperationFilterInput";

    private InputObjectType OperationInputOf(NamedType scalar, ScalarFilterKind kind)
    {
        return _operationInputs.GetOrAdd(OperationInputName(scalar), name => new InputObjectType(name, b =>
        {
            b.Field("eq", scalar).Field("neq", scalar)
             .Field("in", scalar.NonNull().List()).Field("nin", scalar.NonNull().List());
            if (kind == ScalarFilterKind.Comparable)
                b.Field("gt", scalar).Field("gte", scalar).Field("lt", scalar).Field("lte", scalar);
            if (kind == ScalarFilterKind.String)
                b.Field("contains", scalar).Field("startsWith", scalar).Field("endsWith", scalar);
        }));
    }

    /// <summary><c>{Entity}SortInput</c>: one entry per sortable field (a direction, or the related entity's sort input).</summary>
    public InputObjectType SortInputOf(EntityType entity) => _sortInputs.GetOrAdd(entity, e => new InputObjectType(e.Name + "SortInput", b =>
    {
        foreach (var field in e.Fields)
        {
            if (!field.IsSortable) continue;
            b.Field(field.Name, field.Kind == EntityFieldKind.Reference ? SortInputOf(field.Target!) : SortEnumType);
        }
    }));

    /// <summary><c>{Entity}Connection</c> (<c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>) and <c>{Entity}Edge</c>.</summary>
    public ObjectType ConnectionOf(EntityType entity) => ConnectionTypes(entity).Connection;

    internal (ObjectType Connection, ObjectType Edge) ConnectionTypes(EntityType entity) => _connections.GetOrAdd(entity, e =>
    {
        var edge = new ObjectType(e.Name + "Edge", t =>
        {
            t.Field("cursor", Scalars.String.NonNull(), "A cursor for use in pagination.").Resolve<Projection.EntityRow>(r => r.Cursor);
            t.Field("node", e.ObjectType.NonNull(), "The item at the end of the edge.").Resolve<Projection.EntityRow>(r => r);
        })
        { Description = "An edge in a connection." };
        var connection = new ObjectType(e.Name + "Connection", t =>
        {
            t.Field("pageInfo", PageInfoType.NonNull(), "Information to aid in pagination.").Resolve<Paging.ConnectionResult>(c => c.PageInfo);
            t.Field("edges", edge.NonNull().List(), "A list of edges.").Resolve<Paging.ConnectionResult>(c => c.Rows);
            t.Field("nodes", e.ObjectType.NonNull().List(), "A flattened list of the nodes.").Resolve<Paging.ConnectionResult>(c => c.Rows);
            t.Field("totalCount", Scalars.Int.NonNull(), "The number of items the filters select, across all pages.")
                .Resolve<Paging.ConnectionResult>(c => c.TotalCount ?? throw new InvalidOperationException("totalCount was not computed."));
        })
        { Description = "A connection to a list of items." };
        return (connection, edge);
    });
}
