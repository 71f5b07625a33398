using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Tests.Hub;

public sealed class SchemaTests
{
    private static readonly GraphQLSchema Schema = HubSchema.Create();

    [Fact]
    public void Create_AFieldWithoutACategory_FailsConstruction()
    {
        var leaky = new ObjectType("Leaky", t => t.Field("secret", Scalars.String).Resolve(_ => "x"));
        var e = Assert.Throws<InvalidOperationException>(() => HubSchema.Create((t, _) => t.Field("leaky", leaky).Resolve(_ => new object())));
        Assert.Equal("Field \"Leaky.secret\" has no information category: every field of the hub's schema must belong to exactly one.", e.Message);
    }

    [Fact]
    public void Create_AnEntityFieldWithoutACategory_FailsConstruction()
    {
        var e = Assert.ThrowsAny<Exception>(() => HubSchema.Create((t, hub) =>
        {
            var bad = hub.Data.Entity<Partnership.Data.Model.Person>("Uncategorised", d => { d.Key(p => p.Id); d.Field("name", p => p.GivenName); });
            t.Field("bad", bad.ObjectType).Resolve(_ => null);
        }));
        Assert.Contains("Field \"Uncategorised.name\" has no information category", e.ToString());
    }

    [Fact]
    public void Schema_EveryDataFieldHasExactlyOneCategory()
    {
        var data = HubSchema.DataOf(Schema);
        var categorised = 0;
        foreach (var type in Schema.TypeMap.Values.OfType<ObjectType>())
            foreach (var field in type.Fields.Values)
                if (SchemaCategories.CategoryOf(Schema, data, type, field.Name) is not null) categorised++;
        Assert.True(categorised > 80, $"{categorised} categorised fields");
    }

    /// <summary>The contract of issue 6, which partner systems code against: these names and types must not change.</summary>
    [Theory]
    [InlineData("Query.me", "Caller!")]
    [InlineData("Query.node", "Node")]
    [InlineData("Query.child", "Child")]
    [InlineData("Query.children", "ChildConnection!")]
    [InlineData("Query.protectionStatus", "ProtectionStatus")]
    [InlineData("Query.strategyMeetings", "StrategyMeetingConnection!")]
    [InlineData("Child.id", "ID!")]
    [InlineData("Child.nhsNumber", "String")]
    [InlineData("Child.upn", "String")]
    [InlineData("Child.laChildId", "String")]
    [InlineData("Child.firstName", "String")]
    [InlineData("Child.lastName", "String")]
    [InlineData("Child.dateOfBirth", "Date")]
    [InlineData("Child.sex", "String")]
    [InlineData("Child.localAuthority", "LocalAuthority")]
    [InlineData("Child.address", "Address")]
    [InlineData("Child.plans", "[Plan!]")]
    [InlineData("Child.strategyMeetings", "[StrategyMeeting!]")]
    [InlineData("ProtectionStatus.nhsNumber", "String")] // null for an unborn child, found by the expectant mother's number
    [InlineData("ProtectionStatus.expectedDateOfBirth", "Date")]
    [InlineData("ProtectionStatus.childProtectionPlan", "PlanPeriod")]
    [InlineData("ProtectionStatus.lookedAfter", "PlanPeriod")]
    [InlineData("ProtectionStatus.prebirthPlan", "PlanPeriod")]
    [InlineData("ProtectionStatus.responsibleAuthority", "ResponsibleAuthority")]
    [InlineData("PlanPeriod.start", "Date!")]
    [InlineData("PlanPeriod.end", "Date")]
    [InlineData("ResponsibleAuthority.code", "String!")]
    [InlineData("ResponsibleAuthority.name", "String!")]
    [InlineData("ResponsibleAuthority.officeHoursPhone", "String")]
    [InlineData("ResponsibleAuthority.outOfHoursPhone", "String")]
    [InlineData("Plan.id", "ID!")]
    [InlineData("Plan.kind", "PlanKind!")]
    [InlineData("Plan.start", "Date!")]
    [InlineData("Plan.end", "Date")]
    [InlineData("Plan.category", "AbuseCategory")]
    [InlineData("StrategyMeeting.id", "ID!")]
    [InlineData("StrategyMeeting.heldAt", "DateTime!")]
    [InlineData("StrategyMeeting.localAuthority", "LocalAuthority!")]
    [InlineData("StrategyMeeting.children", "[Child!]!")]
    [InlineData("StrategyMeeting.invitations", "[Invitation!]!")]
    [InlineData("StrategyMeeting.contributions", "[Contribution!]")]
    [InlineData("StrategyMeeting.decisions", "MeetingDecisions")]
    [InlineData("StrategyMeeting.actions", "[MeetingAction!]")]
    [InlineData("Invitation.agency", "Agency!")]
    [InlineData("Invitation.organisation", "String")]
    [InlineData("Invitation.status", "AttendanceStatus!")]
    public void Contract_FieldHasTheAgreedType(string field, string type)
    {
        var parts = field.Split('.');
        var owner = (IFieldsContainer)Schema.GetType(parts[0])!;
        Assert.Equal(type, owner.Fields[parts[1]].Type.ToString());
    }

    [Fact]
    public void Contract_ArgumentsAndEnums()
    {
        var query = Schema.QueryType!;
        Assert.Equal(["first", "after", "last", "before", "where", "order"], query.Fields["children"].Arguments.Select(a => a.Name));
        Assert.Equal("[ChildSortInput!]", query.Fields["children"].GetArgument("order")!.Type.ToString());
        Assert.Equal("String!", query.Fields["protectionStatus"].GetArgument("nhsNumber")!.Type.ToString());
        Assert.Equal(["first", "after", "last", "before", "where", "order"], query.Fields["strategyMeetings"].Arguments.Select(a => a.Name));
        string[] Values(string name) => ((EnumType)Schema.GetType(name)!).Values.Select(v => v.Name).ToArray();
        Assert.Equal(["EARLY_HELP", "CHILD_IN_NEED", "CHILD_PROTECTION", "LOOKED_AFTER", "PRE_BIRTH", "PATHWAY"], Values("PlanKind"));
        Assert.Equal(["NEG", "PHY", "EMO", "SAB", "MUL"], Values("AbuseCategory"));
        Assert.Equal(["SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION", "HOUSING"], Values("Agency"));
        Assert.Equal(["INVITED", "ATTENDED", "APOLOGIES", "DID_NOT_ATTEND"], Values("AttendanceStatus"));
        var childFilter = (InputObjectType)Schema.GetType("ChildFilterInput")!;
        foreach (var f in new[] { "nhsNumber", "lastName", "dateOfBirth", "localAuthority", "plans" }) Assert.True(childFilter.Fields.ContainsKey(f), f);
        var meetingFilter = (InputObjectType)Schema.GetType("StrategyMeetingFilterInput")!;
        foreach (var f in new[] { "heldAt", "localAuthority", "invitations" }) Assert.True(meetingFilter.Fields.ContainsKey(f), f);
        Assert.Contains(Schema.GetImplementations((InterfaceType)Schema.GetType("Node")!).Objects, o => o.Name == "Child");
    }

    [Fact]
    public void Sdl_MatchesTheRecordedSchema() => Snapshots.Match(SchemaPrinter.PrintSchema(Schema), "schema.graphql");

    [Fact]
    public void SharingMatrix_PublishedDocument_IsNotStale() =>
        Snapshots.MatchPublished(SharingMatrix.Render(Schema), "docs", "sharing-matrix.md");
}
