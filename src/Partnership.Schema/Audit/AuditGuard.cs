using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Audit;

/// <summary>
/// Audit by construction: refuses a schema in which a field that can return a child's data was not built through
/// <see cref="AuditedFields"/>. Such a field is an entry point: a root field (query, mutation, subscription) whose type reaches
/// a child-bearing type (one with a field of an information category, not the directory), or a field of a hand-written type
/// under a root that enters the data layer (returns an entity, a connection or a node). The fields of entities, connections
/// and edges need no mark: they project the rows an entry point returned, and the collector walks those rows.
/// </summary>
internal static class AuditGuard
{
    /// <summary>An entry point: its coordinate, its field, and how it records what it returns (null: not built through <see cref="AuditedFields"/>).</summary>
    public sealed record EntryPoint(string Coordinate, FieldDefinition Field, AuditMode? Mode, bool ReturnsEntities);

    /// <summary>Throws naming every entry point that would return a child's data unrecorded.</summary>
    public static void AssertEveryEntryAudited(GraphQLSchema schema, DataSchema data)
    {
        var problems = Problems(schema, data);
        if (problems.Count > 0)
            throw new InvalidOperationException("Every field that can return a child's data must be built through AuditedFields, which records "
                + "what it returns in the access audit: " + string.Join("; ", problems));
    }

    /// <summary>What is wrong with the schema's entry points: one sentence each, empty when every entry point is audited.</summary>
    public static List<string> Problems(GraphQLSchema schema, DataSchema data)
    {
        var problems = new List<string>();
        foreach (var entry in EntryPoints(schema, data))
        {
            if (entry.Mode is null) problems.Add($"\"{entry.Coordinate}\" can return a child's data but was not built through AuditedFields");
            // Entity rows are recorded by walking them: only a Rows field may hand them out, and none can claim to name no child.
            else if (entry.Mode != AuditMode.Rows && EntersDataLayer(Named(entry.Field.Type), data))
                problems.Add($"\"{entry.Coordinate}\" returns entity rows, which only AuditedFields.Connection, Lookup or Nodes record");
            else if (entry.Mode == AuditMode.NoChild && entry.ReturnsEntities)
                problems.Add($"\"{entry.Coordinate}\" is declared to name no child but its payload carries entities");
        }
        return problems;
    }

    /// <summary>Every entry point of the schema, in schema order.</summary>
    public static List<EntryPoint> EntryPoints(GraphQLSchema schema, DataSchema data)
    {
        var walk = new Walk(schema, data);
        var result = new List<EntryPoint>();
        foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
        {
            if (root is null) continue;
            foreach (var field in root.Fields.Values)
            {
                if (!walk.ReachesChildData(field.Type)) continue;
                result.Add(new EntryPoint($"{root.Name}.{field.Name}", field, AuditedFields.ModeOf(field), walk.ReachesEntities(field.Type)));
                walk.Nested(Named(field.Type), result, new HashSet<NamedType>());
            }
        }
        return result;
    }

    private static NamedType Named(GraphQLType type) => type switch
    {
        NonNullType n => Named(n.OfType),
        ListType l => Named(l.OfType),
        NamedType named => named,
        _ => throw new InvalidOperationException($"Unexpected type {type}."),
    };

    /// <summary>True for the data layer's types: entities, their connections and edges, page info and the node interface.</summary>
    private static bool EntersDataLayer(NamedType type, DataSchema data)
    {
        if (type == data.NodeInterface || type == data.PageInfoType || data.FindEntity(type.Name) is not null) return true;
        foreach (var suffix in (string[])["Connection", "Edge"])
            if (type.Name.EndsWith(suffix, StringComparison.Ordinal) && data.FindEntity(type.Name[..^suffix.Length]) is { } entity)
            {
                var (connection, edge) = data.ConnectionTypes(entity);
                if (type == connection || type == edge) return true;
            }
        return false;
    }

    private sealed class Walk(GraphQLSchema schema, DataSchema data)
    {
        private readonly Dictionary<NamedType, HashSet<ObjectType>> _reach = [];

        public bool ReachesChildData(GraphQLType type) => Reachable(Named(type)).Any(ChildBearing);

        public bool ReachesEntities(GraphQLType type) => Reachable(Named(type)).Any(t => data.FindEntity(t.Name) is not null && ChildBearing(t));

        /// <summary>The hand-written types under an entry point: their fields that enter the data layer are entry points too.</summary>
        public void Nested(NamedType type, List<EntryPoint> result, HashSet<NamedType> seen)
        {
            if (type is not ObjectType obj || EntersDataLayer(obj, data) || !seen.Add(obj)) return;
            foreach (var field in obj.Fields.Values)
            {
                var named = Named(field.Type);
                if (EntersDataLayer(named, data))
                {
                    if (ReachesChildData(named)) result.Add(new EntryPoint($"{obj.Name}.{field.Name}", field, AuditedFields.ModeOf(field), true));
                }
                else Nested(named, result, seen);
            }
        }

        /// <summary>A type with a field of a category of a child's information (not the directory).</summary>
        private bool ChildBearing(ObjectType type) =>
            type.Fields.Values.Any(f => SchemaCategories.CategoryOf(schema, data, type, f.Name) is InformationCategory);

        /// <summary>The object types a value of <paramref name="start"/> can contain, itself included.</summary>
        private HashSet<ObjectType> Reachable(NamedType start)
        {
            if (_reach.TryGetValue(start, out var known)) return known;
            var found = new HashSet<ObjectType>();
            var seen = new HashSet<NamedType>();
            var queue = new Queue<NamedType>([start]);
            while (queue.TryDequeue(out var type))
            {
                if (!seen.Add(type)) continue;
                IEnumerable<FieldDefinition> fields = [];
                if (type is ObjectType obj)
                {
                    found.Add(obj);
                    fields = obj.Fields.Values;
                }
                else if (type is InterfaceType iface)
                {
                    foreach (var impl in schema.GetImplementations(iface).Objects) queue.Enqueue(impl);
                    fields = iface.Fields.Values;
                }
                else if (type is UnionType union)
                    foreach (var member in union.Types) queue.Enqueue(member);
                foreach (var field in fields) queue.Enqueue(Named(field.Type));
            }
            return _reach[start] = found;
        }
    }
}
