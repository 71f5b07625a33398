using Partnership.Data.Identifiers;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema;

/// <summary>Builds the hub's GraphQL schema: the contract of issue 6 over the entities, with the sharing policy on every field.</summary>
public static class HubSchema
{
    /// <summary>Error codes of the hub's own checks.</summary>
    public static class Codes
    {
        public const string InvalidNhsNumber = "INVALID_NHS_NUMBER";
        public const string Unauthenticated = "UNAUTHENTICATED";
        public const string Forbidden = "FORBIDDEN";
    }

    /// <summary>
    /// The schema. <paramref name="extend"/> (tests only) may add root query fields and <paramref name="extraTypes"/> types;
    /// construction fails when any field carrying data has no information category, or when a field that can return a
    /// child's data was not built through <see cref="AuditedFields"/> (so what it returns would not be audited).
    /// </summary>
    public static GraphQLSchema Create(Action<ObjectTypeBuilder, HubEntities>? extend = null, IEnumerable<NamedType>? extraTypes = null) =>
        Create(new SharingPolicy(), extend, extraTypes);

    /// <summary>The schema over another policy: for the policy-cost benchmark only (the hub has no switch to turn its policy off).</summary>
    internal static GraphQLSchema CreateWithPolicyForBenchmark(IDataPolicy policy) => Create(policy, null, null);

    private static GraphQLSchema Create(IDataPolicy policy, Action<ObjectTypeBuilder, HubEntities>? extend, IEnumerable<NamedType>? extraTypes)
    {
        var data = new DataSchema(new DataOptions { DefaultPageSize = 20, MaxPageSize = 100, Policy = policy, ProjectKeys = true });
        var hub = new HubEntities(data);
        var callerType = CallerType(data);
        var mutations = new HubMutations(hub);
        var decisions = new SharingDecisions(hub);
        var notification = Notifications.CreateType(hub);
        Journeys.MeetingChangeFeed.AddTypes(hub, out var meetingChanges);
        var query = new ObjectType("Query", t =>
        {
            t.Field("me", callerType.NonNull(), "The caller as the hub understands its token.").Resolve(ctx =>
                Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: Code(Codes.Unauthenticated)));
            AuditedFields.Nodes(t, data);
            AuditedFields.Lookup(t, "child", hub.ChildType, ctx =>
            {
                var key = DataFields.KeyOf<Guid?>(hub.ChildType, ctx.GetArgument<string>("id")!);
                return HubEntities.Db(ctx).People.Where(p => p.Id == key);
            }).Argument("id", Scalars.ID.NonNull()).Description("A child by global id; null when there is none the caller may see.");
            AuditedFields.Lookup(t, "childByIdentifier", hub.ChildType, ctx =>
            {
                var scheme = ctx.GetArgument<string>("scheme")!;
                var value = ctx.GetArgument<string>("value")!;
                var agency = Caller(ctx)?.Agency ?? (Agency)(-1);
                // An agency looks children up by its own identifiers only (social care by any); the child's row rule still applies.
                return HubEntities.Db(ctx).People.Where(p => p.Kind == PersonKind.Child
                    && p.Identifiers.Any(i => i.Scheme == scheme && i.Value == value && (agency == Agency.SocialCare || i.Agency == agency)));
            }).Argument("scheme", Scalars.String.NonNull(), "The issuing system, e.g. TVP-NICHE.").Argument("value", Scalars.String.NonNull())
              .Description("A child by the caller's own agency's identifier (a force's person id); null when there is none the caller may see.");
            AuditedFields.Connection(t, "children", hub.ChildType, ctx =>
            {
                RegisterNhsLookup(ctx);
                return HubEntities.Db(ctx).People.Where(p => p.Kind == PersonKind.Child);
            }).Description("Children the caller may see. A filter `nhsNumber: {eq: ...}` is an NHS number lookup (health's CP-IS route).");
            AuditedFields.Lookup(t, "protectionStatus", hub.ProtectionStatusType, ctx => ProtectionLookup(ctx, childFirst: true))
              .Argument("nhsNumber", Scalars.String.NonNull(), "Ten digits, spaces allowed; the check digit is verified.")
              .Description("CP-IS parity, in every council the hub serves: the protection status of the child with this NHS number — or, for an " +
                  "expectant mother's number, of her unborn child (pre-birth plan, expected date of delivery) — or null when the caller may not see one.");
            AuditedFields.LookupList(t, "protectionStatuses", hub.ProtectionStatusType, ctx => ProtectionLookup(ctx, childFirst: false), MaxLookupRecords)
              .Argument("nhsNumber", Scalars.String.NonNull(), "Ten digits, spaces allowed; the check digit is verified.")
              .Description("CP-IS parity: every record an NHS number finds — the child with it, and the unborn children of the expectant mother with it.");
            AuditedFields.Connection(t, "strategyMeetings", hub.MeetingType, ctx => HubEntities.Db(ctx).StrategyMeetings)
                .Description("Strategy discussions the caller may see.");
            AccessLog.AddQueryFields(t, hub);
            SharingExplanation.AddQueryFields(t, hub);
            Notifications.AddQueryFields(t, notification);
            Journeys.MeetingChangeFeed.AddQueryFields(t, meetingChanges);
            decisions.AddQueryFields(t);
            Journeys.Journeys.AddQueryFields(t, hub);
            extend?.Invoke(t, hub);
        });
        var mutation = new ObjectType("Mutation", t =>
        {
            mutations.AddFields(t);
            Journeys.Journeys.AddMutationFields(t, hub, mutations.UserErrorType);
            Notifications.AddMutationFields(t, notification, mutations.UserErrorType);
            SharingDecisionMutation.AddFields(t, decisions, mutations.UserErrorType);
        });
        var types = new List<NamedType>(data.Types) { hub.AbuseCategoryType };
        if (extraTypes is not null) types.AddRange(extraTypes);
        var subscription = new ObjectType("Subscription", t =>
        {
            Notifications.AddSubscriptionFields(t, notification);
            Journeys.MeetingChangeFeed.AddSubscriptionFields(t, meetingChanges);
        });
        var schema = new GraphQLSchema(query, mutation, subscription, types: types);
        SchemaCategories.AssertEveryFieldCategorised(schema, data);
        AuditGuard.AssertEveryEntryAudited(schema, data);
        DataSchemas.Add(schema, data);
        return schema;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphQLSchema, DataSchema> DataSchemas = new();

    /// <summary>The entity registry a schema built by <see cref="Create"/> was built from.</summary>
    public static DataSchema DataOf(GraphQLSchema schema) =>
        DataSchemas.TryGetValue(schema, out var data) ? data : throw new ArgumentException("The schema was not built by HubSchema.Create.", nameof(schema));

    internal static HubCaller? Caller(IResolveFieldContext ctx) =>
        ctx.ContextData.TryGetValue(HubCaller.ContextKey, out var c) ? c as HubCaller : null;

    internal static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private const int MaxLookupRecords = 10;

    /// <summary>
    /// The children an NHS number finds (CP-IS): the child with it and the unborn children of the expectant mother with it — or, with
    /// <paramref name="childFirst"/>, the child alone when there is one. Rows in any council: the policy's NHS-lookup grant decides
    /// who sees them.
    /// </summary>
    private static IQueryable<Person> ProtectionLookup(IResolveFieldContext ctx, bool childFirst)
    {
        var text = ctx.GetArgument<string>("nhsNumber");
        if (!NhsNumber.TryParse(text, "nhsNumber", out var nhs, out var problem))
            throw new GraphQLError(problem, extensions: Code(Codes.InvalidNhsNumber));
        Caller(ctx)?.AddLookedUpNhsNumber(nhs.Value);
        var people = HubEntities.Db(ctx).People;
        var found = people.Where(p => p.Kind == PersonKind.Child && (p.NhsNumber == nhs || (p.DateOfBirth == null && p.Mother!.NhsNumber == nhs)));
        return childFirst ? found.Where(p => p.NhsNumber == nhs || !people.Any(x => x.Kind == PersonKind.Child && x.NhsNumber == nhs)) : found;
    }

    /// <summary>A top-level <c>nhsNumber: {eq: "..."}</c> in <c>children</c>'s filter is an exact lookup: valid numbers only.</summary>
    private static void RegisterNhsLookup(IResolveFieldContext ctx)
    {
        if (ctx.Arguments.GetValueOrDefault("where") is IReadOnlyDictionary<string, object?> where
            && where.GetValueOrDefault("nhsNumber") is IReadOnlyDictionary<string, object?> ops
            && ops.GetValueOrDefault("eq") is string text && NhsNumber.TryParse(text, out var nhs))
            Caller(ctx)?.AddLookedUpNhsNumber(nhs.Value);
    }

    private static ObjectType CallerType(DataSchema data) => new("Caller", t =>
    {
        t.Field("agency", data.EnumFor(typeof(Agency)).NonNull()).Resolve<HubCaller>(c => c.Agency);
        t.Field("kind", Scalars.String.NonNull(), "PERSON or SYSTEM.").Resolve<HubCaller>(c => c.IsSystem ? "SYSTEM" : "PERSON");
        t.Field("subject", Scalars.String.NonNull(), "The token's stable subject id (recorded in the audit).").Resolve<HubCaller>(c => c.Subject);
        t.Field("organisation", Scalars.String, "The organisation the token names (`org` claim).").Resolve<HubCaller>(c => c.Token.Organisation);
        t.Field("organisationKnown", Scalars.Boolean.NonNull(), "Whether the hub knows that organisation.").Resolve<HubCaller>(c => c.OrganisationId is not null);
        t.Field("roles", Scalars.String.NonNull().List().NonNull()).Resolve<HubCaller>(c => c.Roles);
        t.Field("localAuthorities", Scalars.String.NonNull().List().NonNull(), "DfE codes of the councils the caller serves.").Resolve<HubCaller>(c => c.Councils);
        t.Field("purpose", Scalars.String.NonNull(), "The purpose recorded for this request.").Resolve<HubCaller>(c => c.Purpose);
    })
    { Description = "The caller as the hub understands its token." };
}
