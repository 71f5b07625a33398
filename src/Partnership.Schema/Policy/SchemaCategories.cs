using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;

namespace Partnership.Schema.Policy;

/// <summary>
/// Every field of every type of the hub's schema carries exactly one information category: entity fields declare theirs
/// (the data layer refuses an entity field without one); the few hand-written types are listed here. Only structure is
/// exempt: the root types (entry points, whose results are entities), connections, edges, page info, mutation payloads and
/// user errors (which wrap entities or carry no data), the <c>Node</c> interface and introspection.
/// </summary>
public static class SchemaCategories
{
    /// <summary>The category of every field of the hand-written (non-entity) object types.</summary>
    public static readonly IReadOnlyDictionary<string, Enum> HandWrittenTypes = new Dictionary<string, Enum>
    {
        ["Caller"] = HubCategory.Directory,
        // The caller's own grants on a child it sees: read with the child's row, as the child's identity is.
        ["AccessRoute"] = InformationCategory.Identity,
        ["AccessLogEntry"] = InformationCategory.AssessmentAndCaseNotes,
        ["AccessLogItem"] = InformationCategory.AssessmentAndCaseNotes,
        ["EmergencyAccess"] = InformationCategory.AssessmentAndCaseNotes,
        ["Notification"] = InformationCategory.AssessmentAndCaseNotes,
        ["SharingExplanation"] = InformationCategory.AssessmentAndCaseNotes,
        ["SharingGrant"] = InformationCategory.AssessmentAndCaseNotes,
    };

    /// <summary>The category of a field, or null for a structural one.</summary>
    public static Enum? CategoryOf(GraphQLSchema schema, DataSchema data, ObjectType type, string field)
    {
        if (IsStructural(schema, type)) return null;
        if (data.FindEntity(type.Name) is { } entity) return entity.GetField(field)?.Category;
        return HandWrittenTypes.GetValueOrDefault(type.Name) ?? Journeys.Journeys.Categories.GetValueOrDefault(type.Name);
    }

    /// <summary>Throws naming the first field of an object type that has no category.</summary>
    public static void AssertEveryFieldCategorised(GraphQLSchema schema, DataSchema data)
    {
        foreach (var named in schema.TypeMap.Values)
        {
            if (named is not ObjectType type || IsStructural(schema, type)) continue;
            foreach (var field in type.Fields.Values)
            {
                if (CategoryOf(schema, data, type, field.Name) is null)
                    throw new InvalidOperationException(
                        $"Field \"{type.Name}.{field.Name}\" has no information category: every field of the hub's schema must belong to exactly one.");
            }
        }
    }

    private static bool IsStructural(GraphQLSchema schema, ObjectType type) =>
        type == schema.QueryType || type == schema.MutationType || type == schema.SubscriptionType
        || type.Name.StartsWith("__", StringComparison.Ordinal) || type.Name == "PageInfo" || type.Name == "UserError"
        || type.Name.EndsWith("Connection", StringComparison.Ordinal) || type.Name.EndsWith("Edge", StringComparison.Ordinal)
        || type.Name.EndsWith("Payload", StringComparison.Ordinal);
}
