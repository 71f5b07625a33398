using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;

namespace Partnership.Schema.Tests.Audit;

/// <summary>
/// Audit by construction, from the schema itself: every field through which a request can reach a child's data was built
/// through <see cref="AuditedFields"/>, and a schema with one that was not cannot be built.
/// </summary>
public sealed class AuditGuardTests
{
    private static readonly GraphQLSchema Schema = HubSchema.Create();

    private static List<AuditGuard.EntryPoint> EntryPoints => AuditGuard.EntryPoints(Schema, HubSchema.DataOf(Schema));

    [Fact]
    public void Schema_EveryFieldThatCanReturnChildData_IsBuiltThroughTheAuditedPath()
    {
        Assert.Empty(AuditGuard.Problems(Schema, HubSchema.DataOf(Schema)));
        var unmarked = EntryPoints.Where(e => e.Mode is null).Select(e => e.Coordinate);
        Assert.Empty(unmarked);
    }

    [Fact]
    public void Schema_EveryRootFieldButTheCallersOwn_ReachesChildData()
    {
        // The walk finds every root field: only `me` (the caller's token, directory data) and `setCaseloadRange` (a hub's or a
        // worker's range, kept with its own change trail) return nothing about a child.
        var roots = new[] { Schema.QueryType!, Schema.MutationType!, Schema.SubscriptionType! }
            .SelectMany(t => t.Fields.Values.Select(f => $"{t.Name}.{f.Name}")).ToList();
        var entries = EntryPoints.Select(e => e.Coordinate).ToHashSet();
        Assert.Equal(["Query.me", "Mutation.setCaseloadRange"], roots.Where(r => !entries.Contains(r)));
        Assert.True(roots.Count >= 35, $"{roots.Count} root fields");
    }

    [Fact]
    public void Schema_PayloadEntityFields_AreAuditedEntryPointsToo()
    {
        var nested = EntryPoints.Where(e => !e.Coordinate.StartsWith("Query.", StringComparison.Ordinal)
            && !e.Coordinate.StartsWith("Mutation.", StringComparison.Ordinal) && !e.Coordinate.StartsWith("Subscription.", StringComparison.Ordinal)).ToList();
        Assert.Contains(nested, e => e.Coordinate == "RecordConsentPayload.consent");
        Assert.Contains(nested, e => e.Coordinate == "HouseholdMemberLink.person");
        Assert.All(nested, e => Assert.Equal(AuditMode.Rows, e.Mode));
    }

    /// <summary>Fields that record nothing because they name no child: adding one is a decision, made here.</summary>
    [Fact]
    public void Schema_FieldsThatNameNoChild_AreTheAgreedOnes()
    {
        var none = EntryPoints.Where(e => e.Mode == AuditMode.NoChild)
            .Select(e => $"{e.Coordinate}: {e.Field.Metadata![AuditedFields.WhyKey]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal([
            "Mutation.rejectHouseholdMatch: only what housing itself sent and a coarse band; nothing of the candidate the hub matched",
            "Query.attendanceRates: counts over children the caller may see; no child is named",
            "Query.householdMatchReviews: only what housing itself sent and a coarse band; nothing of the candidate the hub matched",
            "Query.hubCaseloads: counts over children the caller may see; no child is named",
            "Query.nhsMatchRate: counts over children the caller may see; no child is named",
            "Query.scorecard: counts over children the caller may see; no child is named",
        ], none);
    }

    [Fact]
    public void Create_ARootConnectionOverChildrenNotBuiltThroughTheAuditedPath_FailsConstruction()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, hub) =>
            t.Connection("everyChild", hub.ChildType, ctx => HubEntities.Db(ctx).People)));
        Assert.Contains("\"Query.everyChild\" can return a child's data but was not built through AuditedFields", e.Message);
    }

    [Fact]
    public void Create_AHandWrittenRootFieldReturningChildData_FailsConstruction()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, hub) =>
            t.Field("grants", AccessLog.EmergencyAccessType(hub).NonNull().List().NonNull()).Resolve(_ => Array.Empty<object>())));
        Assert.Contains("\"Query.grants\" can return a child's data", e.Message);
    }

    [Fact]
    public void Create_APayloadLookupNotBuiltThroughTheAuditedPath_FailsConstruction()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, hub) =>
        {
            var payload = new ObjectType("SneakyPayload", b => b.Lookup("child", hub.ChildType, ctx => HubEntities.Db(ctx).People));
            AuditedFields.Mutation(t, "sneaky", payload, (_, _) => Task.FromResult<object?>(new object()));
        }));
        Assert.Contains("\"SneakyPayload.child\" can return a child's data", e.Message);
        Assert.DoesNotContain("Query.sneaky\"", e.Message);
    }

    [Fact]
    public void Create_AFieldClaimingToNameNoChildButReturningChildren_FailsConstruction()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, hub) =>
            AuditedFields.NoChild(t, "quietChildren", hub.ChildType.ObjectType.NonNull().List().NonNull(), "none", _ => Task.FromResult<object?>(null))));
        Assert.Contains("\"Query.quietChildren\" returns entity rows, which only AuditedFields.Connection, Lookup or Nodes record", e.Message);
    }

    [Fact]
    public void Create_AHandWrittenViewReturningEntityRows_FailsConstruction()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, hub) =>
            AuditedFields.ChildList<Guid>(t, "childRows", hub.ChildType.ObjectType.NonNull().List().NonNull(),
                Partnership.Data.Model.InformationCategory.Identity, _ => Task.FromResult(new List<Guid>()), g => g)));
        Assert.Contains("\"Query.childRows\" returns entity rows", e.Message);
    }
}
