using Partnership.Data.Model;
using Partnership.GraphQL.Types;

namespace Partnership.Schema.Journeys;

/// <summary>
/// The partner journeys (issue 6): police, health, schools and social care queries and mutations, hooked into the hub's
/// root types by <see cref="HubSchema.Create"/>. Every field is an entity field of the hub (categorised there) or belongs to
/// a hand-written type listed in <see cref="Categories"/>.
/// </summary>
internal static class Journeys
{
    /// <summary>The information category of every field of the journeys' hand-written object types.</summary>
    public static readonly IReadOnlyDictionary<string, Enum> Categories = new Dictionary<string, Enum>(SocialCareQueries.Categories)
    {
        ["AttendanceRate"] = InformationCategory.MeetingSchedule,
        ["HouseholdMemberLink"] = InformationCategory.Identity,
        [HousingReviews.TypeName] = InformationCategory.Identity, // what housing itself sent about its household member
        ["ScorecardRow"] = InformationCategory.AssessmentAndCaseNotes,
        ["ReviewConferenceDue"] = InformationCategory.ProtectionStatus,
        ["MeetingChange"] = InformationCategory.MeetingSchedule, // detail beyond the schedule is told only as UPDATED
        ["MeetingChanges"] = InformationCategory.MeetingSchedule,
        ["NhsMatchRate"] = InformationCategory.ProtectionStatus, // counts of children in scope of CP-IS
        ["UnmatchedChild"] = InformationCategory.Identity,
    };

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        JourneyQueries.AddFields(t, hub);
        SocialCareQueries.AddFields(t, hub);
        Scorecard.AddFields(t);
        PlanJourneys.AddQueryFields(t);
        HousingReviews.AddQueryFields(t, hub);
        Conferences.AddQueryFields(t, hub);
        NhsMatchRate.AddQueryFields(t, hub);
    }

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        JourneyMutations.AddFields(t, hub, userError);
        SocialCareJourneys.AddMutationFields(t, hub, userError);
        MeetingLifecycle.AddMutationFields(t, hub, userError);
        MeetingInvitations.AddMutationFields(t, hub, userError);
        ConferenceWorkflow.AddMutationFields(t, hub, userError);
        HousingJourney.AddMutationFields(t, hub, userError);
        PlanJourneys.AddMutationFields(t, hub, userError);
        CaseloadRanges.AddMutationFields(t, userError);
    }
}
