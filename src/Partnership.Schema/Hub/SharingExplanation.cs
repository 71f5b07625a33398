using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Policy;
using Agency = Partnership.Data.Model.Agency;
using TokenCaller = Partnership.GraphQL.AspNetCore.Security.Caller;

namespace Partnership.Schema;

/// <summary>
/// Why can this organisation see this child? <c>sharingExplanation(childId:, organisation:)</c> answers from the sharing policy
/// itself (<see cref="SharingPolicy.GrantHolds"/>, the conditions the row and field rules run): for each category, the grants
/// that hold for the organisation today, with their route and what they rest on. Without <c>organisation</c> it explains the
/// caller's own share of a child it sees; naming another organisation is for children's social care and the information
/// governance lead.
/// </summary>
internal static class SharingExplanation
{
    public sealed record Explanation(string Organisation, Agency Agency, IReadOnlyList<HeldGrant> Grants);

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var data = hub.Data;
        var held = new ObjectType("SharingGrant", b =>
        {
            b.Field("category", data.EnumFor(typeof(InformationCategory)).NonNull()).Resolve<HeldGrant>(h => h.Category);
            b.Field("route", data.EnumFor(typeof(SharingRoute)).NonNull(), "The lawful basis an access through it is recorded under.").Resolve<HeldGrant>(h => h.Route);
            b.Field("basis", Scalars.String.NonNull(), "The policy's grant, as docs/sharing-matrix.md names it (e.g. STATUTORY, CONSENT, OWN_PUPILS).")
                .Resolve<HeldGrant>(h => SharingAccess.Constant(h.Grant.Basis.ToString()));
            b.Field("scope", Scalars.String.NonNull(), "FULL, or the summary it is limited to (INVOLVEMENT, PUPIL_SUMMARY).")
                .Resolve<HeldGrant>(h => SharingAccess.Constant(h.Grant.Scope.ToString()));
            b.Field("meaning", Scalars.String.NonNull(), "What the grant rests on, in the policy's words.").Resolve<HeldGrant>(h => h.Meaning);
            b.Field("restsOn", Scalars.String, "What it rests on for this child: the plan, the enrolment, the meetings, the consent and who gave it, the emergency grant.")
                .Resolve<HeldGrant>(h => h.RestsOn);
            b.Field("since", DataScalars.DateTime, "When what it rests on began (null: not recorded).").Resolve<HeldGrant>(h => h.Since);
            b.Field("until", DataScalars.DateTime, "When it ends if nothing changes (null: no set end).").Resolve<HeldGrant>(h => h.Until);
        })
        { Description = "A grant of the sharing policy that holds today for the organisation and the child." };
        var explanation = new ObjectType("SharingExplanation", b =>
        {
            b.Field("organisation", Scalars.String.NonNull()).Resolve<Explanation>(e => e.Organisation);
            b.Field("agency", data.EnumFor(typeof(Agency)).NonNull()).Resolve<Explanation>(e => e.Agency);
            b.Field("grants", held.NonNull().List().NonNull(), "Every category the organisation sees of the child, by each grant that opens it.")
                .Resolve<Explanation>(e => e.Grants);
        })
        { Description = "Why an organisation can see a child: the sharing policy's grants that hold for it today." };
        // The answer says what the child's record holds (a plan, an invitation, a consent): recorded as social care's view of it.
        AuditedFields.OneChild<Explanation>(t, "sharingExplanation", explanation, InformationCategory.AssessmentAndCaseNotes, async ctx =>
            {
                var caller = HubSchema.Caller(ctx) ?? throw new GraphQLError("Authentication is required.", extensions: HubSchema.Code(HubSchema.Codes.Unauthenticated));
                var named = ctx.GetArgument<string>("organisation");
                if (named is not null && caller.Agency != Agency.SocialCare && !caller.IsInRole(SharingDecisions.GovernanceRole))
                    throw new GraphQLError("Only children's social care and the information governance lead explain another organisation's share.",
                        extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
                var key = DataFields.KeyOf<Guid?>(hub.ChildType, ctx.GetArgument<string>("childId")!);
                var db = HubEntities.Db(ctx);
                if (key is not { } child || !await db.People.Where(p => p.Id == child).Where(SharingPolicy.ChildRow(caller)).AnyAsync(ctx.CancellationToken))
                    return null;
                HubCaller target = caller;
                string name;
                if (named is null)
                    name = caller.OrganisationId is { } own ? await db.Organisations.Where(o => o.Id == own).Select(o => o.Name).FirstAsync(ctx.CancellationToken) : caller.Agency.ToString();
                else
                {
                    var id = Guid.TryParse(named, out var g) ? g : Guid.Empty;
                    var org = await db.Organisations.AsNoTracking().Where(o => o.Id == id || o.Urn == named || o.OdsCode == named || o.Name == named)
                        .OrderBy(o => o.Id == id ? 0 : 1).FirstOrDefaultAsync(ctx.CancellationToken)
                        ?? throw new GraphQLError("The hub knows no organisation by this id, URN, ODS code or name.", extensions: HubSchema.Code("NOT_FOUND"));
                    target = As(org, caller);
                    name = org.Name;
                }
                return (child, new Explanation(name, target.Agency, await HoldingAsync(db, target, child, ctx.CancellationToken)));
            })
            .Description("Why an organisation can see this child: the grants that hold today. Without organisation: the caller's own. Naming another " +
                "organisation (hub id, school URN, ODS code or name) is for children's social care and the information governance lead. " +
                "Null when the caller may not see the child.")
            .Argument("childId", Scalars.ID.NonNull())
            .Argument("organisation", Scalars.String);
    }

    /// <summary>
    /// The grants of every category that hold for <paramref name="c"/> and the child, read in one SQL statement by the projection the
    /// <c>access</c> fields use (<see cref="SharingPolicy.AccessProjection"/>). An NHS-number lookup opens a child for the request
    /// that looked it up, never standing, and the explaining caller looked nothing up.
    /// </summary>
    internal static async Task<List<HeldGrant>> HoldingAsync(Partnership.Data.PartnershipDbContext db, HubCaller c, Guid child, CancellationToken ct)
    {
        var row = await db.People.Where(x => x.Id == child).Select(SharingPolicy.AccessProjection(c)).FirstAsync(ct);
        return SharingPolicy.AccessOf(row, c);
    }

    /// <summary>A caller acting for <paramref name="org"/> in the asker's councils today, standing for any of its practitioners.</summary>
    private static HubCaller As(Organisation org, HubCaller asker)
    {
        var claims = new List<Claim>
        {
            new(PartnershipClaimTypes.Agency, TokenCaller.ToClaimValue((Partnership.GraphQL.AspNetCore.Security.Agency)(int)org.Agency)),
            new(PartnershipClaimTypes.Subject, $"explanation:{org.Id:N}"),
            new(PartnershipClaimTypes.Organisation, org.Id.ToString()),
        };
        claims.AddRange(asker.Councils.Select(la => new Claim(PartnershipClaimTypes.LocalAuthority, la)));
        var token = TokenCaller.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, "explanation")), out _)!;
        return new HubCaller(token, new CallerOrganisation(org.Id, org.Kind, org.LocalAuthorityId), asker.Now, asker.Purpose) { AnyPractitioner = true };
    }
}
