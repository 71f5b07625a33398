using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;
using FieldAudit = Partnership.Schema.Audit.AccessCollector.FieldAudit;
using UserError = Partnership.Schema.HubMutations.UserError;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Council housing links a household's members to people the hub knows: an exact match on an identifier first (NHS number,
/// or the housing system's own person id linked before), then a Fellegi–Sunter match on name, date of birth and postcode
/// among the people of the caller's councils. An automatic (or exact) link is stored as a household member linked by housing,
/// so the policy then grants housing that person's identity, contact and "open social care involvement: contact hub X". An
/// uncertain match is held in the team's review queue (<see cref="HousingReviews"/>) and answered <c>PENDING_REVIEW</c> with
/// the member as housing gave it and a coarse band, never anything of the candidate; a rejected match is <c>NOT_LINKED</c>,
/// the same as no candidate at all.
/// </summary>
internal static class HousingJourney
{
    public const int MaxMembers = 20, MaxCandidates = 200;

    public const int MaxSchemeLength = 40, MaxHousingIdLength = 60, MaxNameLength = 100, MaxPostcodeLength = 10;

    /// <summary>One member's outcome: LINKED (with the person), PENDING_REVIEW (with the review item) or NOT_LINKED.</summary>
    internal sealed record MemberLink(int Index, string Outcome, LinkMethod? Method, double? Weight, Guid? PersonId, HouseholdMatchReview? Review = null);

    internal sealed record LinkPayload(Guid? HouseholdId, IReadOnlyList<MemberLink> Members, IReadOnlyList<UserError> Errors);

    public static void AddMutationFields(ObjectTypeBuilder t, HubEntities hub, ObjectType userError)
    {
        var data = hub.Data;
        var reviewType = HousingReviews.ReviewType(data);
        var member = new InputObjectType("HouseholdMemberInput", b => b
            .Field("relationship", data.EnumFor(typeof(HouseholdRelationship)).NonNull())
            .Field("housingPersonId", Scalars.String, "The housing system's own id for the person (kept, so the next link is exact).")
            .Field("nhsNumber", Scalars.String)
            .Field("firstName", Scalars.String)
            .Field("lastName", Scalars.String)
            .Field("dateOfBirth", DataScalars.Date)
            .Field("postcode", Scalars.String));
        var input = new InputObjectType("LinkHouseholdInput", b => b
            .Field("reference", Scalars.String.NonNull(), "The housing system's tenancy or case reference.")
            .Field("scheme", Scalars.String.NonNull(), "The housing system's identifier scheme (e.g. SLOUGH-HOUSING).")
            .Field("members", member.NonNull().List().NonNull()));
        var link = new ObjectType("HouseholdMemberLink", b =>
        {
            b.Field("index", Scalars.Int.NonNull(), "Position of the member in the input.").Resolve<MemberLink>(m => m.Index);
            b.Field("outcome", Scalars.String.NonNull(), "LINKED, PENDING_REVIEW (an uncertain match, held in `householdMatchReviews`) or NOT_LINKED.")
                .Resolve<MemberLink>(m => m.Outcome);
            b.Field("method", data.EnumFor(typeof(LinkMethod))).Resolve<MemberLink>(m => m.Method);
            b.Field("weight", Scalars.Float, "The Fellegi–Sunter weight of a probabilistic link (none for a match under review).").Resolve<MemberLink>(m => m.Weight);
            b.Field("review", reviewType, "The review item of a PENDING_REVIEW member.").Resolve<MemberLink>(m => m.Review);
            AuditedFields.Lookup(b, "person", hub.ChildType, ctx => HubEntities.Db(ctx).People.Where(p => p.Id == ((MemberLink)ctx.Source!).PersonId))
                .Description("The linked child, as the policy now lets housing see it (adults are linked but not shown).");
        })
        { Description = "What happened to one member of a household housing asked to link." };
        var payload = new ObjectType("LinkHouseholdPayload", b =>
        {
            b.Field("members", link.NonNull().List().NonNull()).Resolve<LinkPayload>(p => p.Members);
            b.Field("errors", userError.NonNull().List().NonNull()).Resolve<LinkPayload>(p => p.Errors);
        });
        AuditedFields.Mutation(t, "linkHousehold", payload.NonNull(), async (ctx, audit) => await LinkAsync(ctx, audit))
            .Description("Housing: links a household's members to people the hub knows (exact identifiers, then Fellegi–Sunter).")
            .Argument("input", input.NonNull());
        HousingReviews.AddMutationFields(t, hub, userError, reviewType);
    }

    private static LinkPayload Fail(string code, string message, params string[] field) => new(null, [], [new UserError(code, message, ["input", .. field])]);

    private static async Task<LinkPayload> LinkAsync(IResolveFieldContext ctx, FieldAudit audit)
    {
        var caller = HubSchema.Caller(ctx) ?? throw JourneyQueries.Unauthenticated();
        if (caller.Agency != Agency.Housing) return Fail(HubSchema.Codes.Forbidden, "Only council housing links households.");
        if (caller.OrganisationId is null) return Fail(HubSchema.Codes.Forbidden, "The token's organisation is not known to the hub.");
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        var errors = new List<UserError>();
        var reference = ((string)input["reference"]!).Trim();
        var scheme = ((string)input["scheme"]!).Trim();
        if (reference.Length is 0 or > 100) errors.Add(new("INVALID_REFERENCE", "reference must be 1 to 100 characters.", ["input", "reference"]));
        if (scheme.Length is 0 or > MaxSchemeLength) errors.Add(new("INVALID_SCHEME", $"scheme must be 1 to {MaxSchemeLength} characters.", ["input", "scheme"]));
        var members = ((System.Collections.IEnumerable)input["members"]!).Cast<IReadOnlyDictionary<string, object?>>().ToList();
        if (members.Count is 0 or > MaxMembers) errors.Add(new("INVALID_MEMBERS", $"Give 1 to {MaxMembers} members.", ["input", "members"]));
        var nhs = new NhsNumber?[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            string[] at = ["input", "members", i.ToString()];
            if (members[i].GetValueOrDefault("nhsNumber") is string text)
            {
                if (NhsNumber.TryParse(text, "nhsNumber", out var n, out var problem)) nhs[i] = n;
                else errors.Add(new(HubSchema.Codes.InvalidNhsNumber, problem, [.. at, "nhsNumber"]));
            }
            if (members[i].GetValueOrDefault("dateOfBirth") is DateOnly dob && dob > caller.Today)
                errors.Add(new("INVALID_DATE", "dateOfBirth cannot be in the future.", [.. at, "dateOfBirth"]));
            foreach (var (name, max) in new[] { ("housingPersonId", MaxHousingIdLength), ("firstName", MaxNameLength), ("lastName", MaxNameLength), ("postcode", MaxPostcodeLength) })
                if (members[i].GetValueOrDefault(name) is string value && (value.Trim().Length == 0 || value.Length > max))
                    errors.Add(new("INVALID_TEXT", $"{name} must be 1 to {max} characters.", [.. at, name]));
            if (nhs[i] is null && members[i].GetValueOrDefault("housingPersonId") is null
                && (members[i].GetValueOrDefault("lastName") is null || members[i].GetValueOrDefault("dateOfBirth") is null))
                errors.Add(new("NOT_ENOUGH_TO_MATCH", "Give an NHS number, the housing person id, or at least last name and date of birth.", at));
        }
        if (errors.Count > 0) return new LinkPayload(null, [], errors);

        var db = HubEntities.Db(ctx);
        var councils = caller.Councils;
        // Candidates are any person of the caller's councils (children and adults): matching is the hub's work, not housing's view.
        var people = db.People.Where(p => p.LocalAuthority != null && councils.Contains(p.LocalAuthority.Code));
        var org = caller.OrganisationId.Value;
        // The household this team linked (or queued a review for) under that reference before.
        var household = await db.Households.Include(h => h.Members)
            .FirstOrDefaultAsync(h => h.Reference == reference && (h.Members.Any(m => m.LinkedByOrganisationId == org)
                || db.HouseholdMatchReviews.Any(r => r.HouseholdId == h.Id && r.OrganisationId == org)), ctx.CancellationToken);
        var results = new List<MemberLink>();
        var links = new List<(Guid Person, int Index, LinkMethod Method, double? Weight)>();
        var uncertain = new List<(Guid Person, int Index, double Weight)>();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            Guid? found = null;
            var method = LinkMethod.ExactIdentifier;
            double? weight = null;
            if (nhs[i] is { } n) found = await people.Where(p => p.NhsNumber == n).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
            if (found is null && m.GetValueOrDefault("housingPersonId") is string hid)
                found = await db.PersonIdentifiers.Where(x => x.Agency == Agency.Housing && x.Scheme == scheme && x.Value == hid)
                    .Where(x => people.Any(p => p.Id == x.PersonId)).Select(x => (Guid?)x.PersonId).FirstOrDefaultAsync(ctx.CancellationToken);
            if (found is null && m.GetValueOrDefault("lastName") is string last && m.GetValueOrDefault("dateOfBirth") is DateOnly dob)
            {
                var record = new FellegiSunter.Record(m.GetValueOrDefault("firstName") as string, last, dob, m.GetValueOrDefault("postcode") as string);
                var today = caller.Today;
                // Blocking: same date of birth, or same family name born within a year; one statement.
                var candidates = await people.Where(p => p.DateOfBirth == dob || (p.FamilyName == last && p.DateOfBirth >= dob.AddYears(-1) && p.DateOfBirth <= dob.AddYears(1)))
                    .Select(p => new
                    {
                        p.Id, p.GivenName, p.FamilyName, p.DateOfBirth,
                        Postcode = p.Addresses.Where(a => !a.IsConfidential && Period.IsOpen(a.ValidFrom, a.ValidTo, today))
                            .OrderByDescending(a => a.ValidFrom).Select(a => a.Postcode).FirstOrDefault(),
                    }).Take(MaxCandidates).ToListAsync(ctx.CancellationToken);
                var scored = candidates.Select(c => (c.Id, W: FellegiSunter.Weight(record, new(c.GivenName, c.FamilyName, c.DateOfBirth, c.Postcode))))
                    .OrderByDescending(c => c.W).ThenBy(c => c.Id).ToList();
                var decision = FellegiSunter.Decide(scored.Select(c => c.W).ToList());
                if (decision == FellegiSunter.Decision.AutoLink)
                {
                    found = scored[0].Id;
                    method = LinkMethod.Probabilistic;
                    weight = scored[0].W;
                }
                else if (decision == FellegiSunter.Decision.Review && links.All(l => l.Person != scored[0].Id) && uncertain.All(u => u.Person != scored[0].Id))
                {
                    uncertain.Add((scored[0].Id, i, scored[0].W));
                    results.Add(new MemberLink(i, "NOT_LINKED", null, null, null)); // replaced below once the review is stored
                    continue;
                }
            }
            if (found is { } person && links.All(l => l.Person != person))
            {
                links.Add((person, i, method, weight));
                results.Add(new MemberLink(i, "LINKED", method, weight, person));
            }
            else results.Add(new MemberLink(i, "NOT_LINKED", null, null, null));
        }
        if (links.Count == 0 && uncertain.Count == 0) return new LinkPayload(household?.Id, results, []);

        household ??= new Household
        {
            Id = Guid.NewGuid(), Reference = reference, LocalAuthorityId = await db.Organisations.Where(o => o.Id == org).Select(o => o.LocalAuthorityId).FirstOrDefaultAsync(ctx.CancellationToken)
            ?? await db.LocalAuthorities.Where(a => a.Code == councils[0]).Select(a => a.Id).FirstAsync(ctx.CancellationToken)
        };
        if (db.Entry(household).State == EntityState.Detached) db.Households.Add(household);
        foreach (var (person, index, method, weight) in links)
        {
            if (household.Members.Any(x => x.PersonId == person && x.LinkedByOrganisationId == org)) continue;
            db.HouseholdMembers.Add(new HouseholdMember
            {
                Id = Guid.NewGuid(), HouseholdId = household.Id, PersonId = person, Relationship = (HouseholdRelationship)members[index]["relationship"]!,
                LinkedByAgency = Agency.Housing, LinkedByOrganisationId = org, LinkMethod = method, MatchWeight = weight, LinkedAt = caller.Now, From = caller.Today,
            });
            if (members[index].GetValueOrDefault("housingPersonId") is string hid
                && !await db.PersonIdentifiers.AnyAsync(x => x.Scheme == scheme && x.Value == hid, ctx.CancellationToken))
                db.PersonIdentifiers.Add(new PersonIdentifier { Id = Guid.NewGuid(), PersonId = person, Agency = Agency.Housing, OrganisationId = org, Scheme = scheme, Value = hid });
        }
        foreach (var (person, index, w) in uncertain)
            results[index] = await HousingReviews.QueueAsync(db, caller, household, person, members[index], scheme, w, index, ctx.CancellationToken);
        await db.SaveChangesAsync(ctx.CancellationToken);
        db.ChangeTracker.Clear();
        foreach (var (person, _, _, _) in links) audit.Child(person, InformationCategory.Identity);
        return new LinkPayload(household.Id, results, []);
    }
}
