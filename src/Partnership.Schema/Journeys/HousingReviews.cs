using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Housing's review queue: a Fellegi–Sunter match between the review and automatic-link thresholds is held for the housing
/// team that asked, which confirms it (the member is then linked, and the policy grants housing what it grants for a linked
/// household member) or rejects it. A review item shows only what housing itself sent and a coarse band — never the
/// candidate's name, date of birth, address or even its exact weight (which would tell which fields agreed) — so the queue
/// reveals nothing about a person housing may not see. Only the team that asked sees and decides its items.
/// </summary>
internal static class HousingReviews
{
    public const string TypeName = "HouseholdMatchReview";
    public const int DefaultPageSize = 50, MaxPageSize = 100;

    /// <summary>Why the queue records nothing in the access audit.</summary>
    private const string OwnInput = "only what housing itself sent and a coarse band; nothing of the candidate the hub matched";

    internal sealed record DecisionPayload(HouseholdMatchReview? Review, Guid? PersonId, IReadOnlyList<UserError> Errors);

    private static readonly ConditionalWeakTable<DataSchema, ObjectType> Types = new();

    /// <summary>The <c>HouseholdMatchReview</c> type of this schema (one instance, shared by the query and the mutations).</summary>
    public static ObjectType ReviewType(DataSchema data) => Types.GetValue(data, d => new ObjectType(TypeName, b =>
    {
        b.Field("id", Scalars.ID.NonNull(), "Opaque id of the review item.").Resolve<HouseholdMatchReview>(r => GlobalId.Encode(TypeName, r.Id));
        b.Field("householdReference", Scalars.String, "The housing system's tenancy or case reference.").Resolve<HouseholdMatchReview>(r => r.Household?.Reference);
        b.Field("scheme", Scalars.String.NonNull(), "The housing system's identifier scheme.").Resolve<HouseholdMatchReview>(r => r.Scheme);
        b.Field("relationship", d.EnumFor(typeof(HouseholdRelationship)).NonNull()).Resolve<HouseholdMatchReview>(r => r.Relationship);
        b.Field("housingPersonId", Scalars.String, "The housing system's own id for the member, as sent.").Resolve<HouseholdMatchReview>(r => r.HousingPersonId);
        b.Field("firstName", Scalars.String, "As housing sent it.").Resolve<HouseholdMatchReview>(r => r.GivenName);
        b.Field("lastName", Scalars.String, "As housing sent it.").Resolve<HouseholdMatchReview>(r => r.FamilyName);
        b.Field("dateOfBirth", DataScalars.Date, "As housing sent it.").Resolve<HouseholdMatchReview>(r => r.DateOfBirth);
        b.Field("postcode", Scalars.String, "As housing sent it.").Resolve<HouseholdMatchReview>(r => r.Postcode);
        b.Field("band", d.EnumFor(typeof(MatchBand)).NonNull(), "How strong the match is (HIGH: ≥ 20 but another candidate is close; MEDIUM: 14 to 20; LOW: 8 to 14).")
            .Resolve<HouseholdMatchReview>(r => FellegiSunter.BandOf(r.MatchWeight));
        b.Field("status", d.EnumFor(typeof(MatchReviewStatus)).NonNull()).Resolve<HouseholdMatchReview>(r => r.Status);
        b.Field("createdAt", DataScalars.DateTime.NonNull()).Resolve<HouseholdMatchReview>(r => r.CreatedAt);
        b.Field("decidedAt", DataScalars.DateTime).Resolve<HouseholdMatchReview>(r => r.DecidedAt);
    })
    {
        Description = "An uncertain match of a household member housing sent, waiting for housing to confirm or reject it. "
                      + "It shows the member as housing sent it, never the person the hub matched.",
    });

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var data = hub.Data;
        AuditedFields.NoChild(t, "householdMatchReviews", ReviewType(data).NonNull().List().NonNull(), OwnInput, async ctx => await ListAsync(ctx))
            .Description("Housing: the caller's team's household match reviews, oldest first (pending ones unless `status` says otherwise).")
            .Argument("status", data.EnumFor(typeof(MatchReviewStatus)), "Which items (PENDING when not given).")
            .Argument("first", Scalars.Int, DefaultPageSize, $"How many (1 to {MaxPageSize}).")
            .ListSize(new ListSize { AssumedSize = DefaultPageSize, SlicingArguments = ["first"] });
    }

    private static async Task<List<HouseholdMatchReview>> ListAsync(IResolveFieldContext ctx)
    {
        var caller = JourneyQueries.Require(ctx, Agency.Housing, "household match reviews");
        var first = ctx.GetArgument<int>("first");
        if (first is < 1 or > MaxPageSize)
            throw new GraphQLError($"\"first\" must be 1 to {MaxPageSize}.", extensions: HubSchema.Code("INVALID_RANGE"));
        if (caller.OrganisationId is not { } org) return [];
        var status = ctx.Arguments.GetValueOrDefault("status") is MatchReviewStatus s ? s : MatchReviewStatus.Pending;
        return await HubEntities.Db(ctx).HouseholdMatchReviews.AsNoTracking().Include(r => r.Household)
            .Where(r => r.OrganisationId == org && r.Status == status)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(first).ToListAsync(ctx.CancellationToken);
    }

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError, ObjectType reviewType)
    {
        var confirmInput = new InputObjectType("ConfirmHouseholdMatchInput", b => b.Field("reviewId", Scalars.ID.NonNull()));
        var confirmPayload = new ObjectType("ConfirmHouseholdMatchPayload", b =>
        {
            b.Field("review", reviewType).Resolve<DecisionPayload>(p => p.Review);
            AuditedFields.Lookup(b, "person", hub.ChildType, ctx => HubEntities.Db(ctx).People.Where(p => p.Id == ((DecisionPayload)ctx.Source!).PersonId))
                .Description("The linked child, as the policy now lets housing see it (adults are linked but not shown).");
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<DecisionPayload>(p => p.Errors);
        });
        AuditedFields.Mutation(t, "confirmHouseholdMatch", confirmPayload.NonNull(), async (ctx, audit) =>
            {
                var decided = await DecideAsync(ctx, confirm: true);
                if (decided.PersonId is { } person) audit.Child(person, InformationCategory.Identity); // the member is now linked
                return decided;
            })
            .Description("Housing: confirms a match under review; the member is linked to the household.")
            .Argument("input", confirmInput.NonNull());

        var rejectInput = new InputObjectType("RejectHouseholdMatchInput", b => b.Field("reviewId", Scalars.ID.NonNull()));
        var rejectPayload = new ObjectType("RejectHouseholdMatchPayload", b =>
        {
            b.Field("review", reviewType).Resolve<DecisionPayload>(p => p.Review);
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<DecisionPayload>(p => p.Errors);
        });
        AuditedFields.NoChild(t, "rejectHouseholdMatch", rejectPayload.NonNull(), OwnInput, async ctx => await DecideAsync(ctx, confirm: false))
            .Description("Housing: rejects a match under review; nothing is linked and the pair is not queued again.")
            .Argument("input", rejectInput.NonNull());
    }

    /// <summary>
    /// Queues (or finds) the review of <paramref name="candidate"/> for a member of <paramref name="household"/>; the caller saves.
    /// A pair rejected before stays rejected (NOT_LINKED); a pair already linked is LINKED.
    /// </summary>
    internal static async Task<HousingJourney.MemberLink> QueueAsync(PartnershipDbContext db, HubCaller caller, Household household, Guid candidate,
        IReadOnlyDictionary<string, object?> member, string scheme, double weight, int index, CancellationToken ct)
    {
        var org = caller.OrganisationId!.Value;
        if (household.Members.Any(m => m.PersonId == candidate))
            return new HousingJourney.MemberLink(index, "LINKED", LinkMethod.Probabilistic, null, candidate);
        var existing = db.Entry(household).State == EntityState.Added ? null
            : await db.HouseholdMatchReviews.FirstOrDefaultAsync(r => r.HouseholdId == household.Id && r.CandidatePersonId == candidate, ct);
        if (existing is not null)
        {
            existing.Household = household;
            return existing.Status switch
            {
                MatchReviewStatus.Pending => new HousingJourney.MemberLink(index, "PENDING_REVIEW", null, null, null, existing),
                _ => new HousingJourney.MemberLink(index, "NOT_LINKED", null, null, null),
            };
        }
        var review = new HouseholdMatchReview
        {
            Id = Guid.NewGuid(), HouseholdId = household.Id, Household = household, OrganisationId = org, CandidatePersonId = candidate,
            Relationship = (HouseholdRelationship)member["relationship"]!, Scheme = scheme,
            HousingPersonId = (member.GetValueOrDefault("housingPersonId") as string)?.Trim(),
            GivenName = (member.GetValueOrDefault("firstName") as string)?.Trim(), FamilyName = (member.GetValueOrDefault("lastName") as string)?.Trim(),
            DateOfBirth = member.GetValueOrDefault("dateOfBirth") as DateOnly?, Postcode = (member.GetValueOrDefault("postcode") as string)?.Trim(),
            MatchWeight = weight, Status = MatchReviewStatus.Pending, CreatedAt = caller.Now,
        };
        db.HouseholdMatchReviews.Add(review);
        return new HousingJourney.MemberLink(index, "PENDING_REVIEW", null, null, null, review);
    }

    private static DecisionPayload Fail(string code, string message, params string[] field) => new(null, null, [new UserError(code, message, ["input", .. field])]);

    private static async Task<DecisionPayload> DecideAsync(IResolveFieldContext ctx, bool confirm)
    {
        var caller = HubSchema.Caller(ctx) ?? throw JourneyQueries.Unauthenticated();
        if (caller.Agency != Agency.Housing) return Fail(HubSchema.Codes.Forbidden, "Only council housing reviews household matches.");
        if (caller.OrganisationId is not { } org) return Fail(HubSchema.Codes.Forbidden, "The token's organisation is not known to the hub.");
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        var key = JourneyMutations.DecodeId((string)input["reviewId"]!, TypeName);
        var db = HubEntities.Db(ctx);
        // Another team's item is NOT_FOUND, exactly as one that does not exist.
        var review = key is null ? null
            : await db.HouseholdMatchReviews.Include(r => r.Household).FirstOrDefaultAsync(r => r.Id == key && r.OrganisationId == org, ctx.CancellationToken);
        if (review is null) return Fail("NOT_FOUND", "There is no household match review with this id.", "reviewId");
        if (review.Status != MatchReviewStatus.Pending)
            return Fail("ALREADY_DECIDED", $"This match was already {(review.Status == MatchReviewStatus.Confirmed ? "confirmed" : "rejected")}.", "reviewId");
        var councils = caller.Councils;
        if (confirm && !await db.People.AnyAsync(p => p.Id == review.CandidatePersonId && p.LocalAuthority != null && councils.Contains(p.LocalAuthority.Code), ctx.CancellationToken))
            return Fail("NOT_FOUND", "The person matched is no longer one of the token's councils'.", "reviewId");

        review.Status = confirm ? MatchReviewStatus.Confirmed : MatchReviewStatus.Rejected;
        review.DecidedAt = caller.Now;
        review.DecidedBy = caller.Subject;
        if (confirm)
        {
            if (!await db.HouseholdMembers.AnyAsync(m => m.HouseholdId == review.HouseholdId && m.PersonId == review.CandidatePersonId, ctx.CancellationToken))
                db.HouseholdMembers.Add(new HouseholdMember
                {
                    Id = Guid.NewGuid(), HouseholdId = review.HouseholdId, PersonId = review.CandidatePersonId, Relationship = review.Relationship,
                    LinkedByAgency = Agency.Housing, LinkedByOrganisationId = org, LinkMethod = LinkMethod.Manual, MatchWeight = review.MatchWeight,
                    LinkedAt = caller.Now, From = caller.Today,
                });
            if (review.HousingPersonId is { } hid && !await db.PersonIdentifiers.AnyAsync(x => x.Scheme == review.Scheme && x.Value == hid, ctx.CancellationToken))
                db.PersonIdentifiers.Add(new PersonIdentifier
                {
                    Id = Guid.NewGuid(), PersonId = review.CandidatePersonId, Agency = Agency.Housing, OrganisationId = org, Scheme = review.Scheme, Value = hid,
                });
        }
        await db.SaveChangesAsync(ctx.CancellationToken);
        return new DecisionPayload(review, confirm ? review.CandidatePersonId : null, []);
    }
}
