using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Data;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// Caseloads against their ranges (the Slough model: "beyond which an alert should be made"). A hub's open cases are the
/// children whose case it holds; a worker's are the children with an open plan the worker leads. A worker works to the range
/// a manager set for them, else their role's default — a newly qualified social worker in the ASYE year to the protected one.
/// The hub's case holders (social workers and the consultant social worker) are listed even with no case.
/// </summary>
internal static class Caseloads
{
    public const string InRange = "IN_RANGE", AboveRange = "ABOVE_RANGE", BelowRange = "BELOW_RANGE";

    /// <summary>Where a worker's range comes from.</summary>
    public const string FromWorker = "WORKER", FromRole = "ROLE_DEFAULT", FromProtected = "NEWLY_QUALIFIED_DEFAULT", FromNone = "NONE";

    public static readonly PractitionerRole[] CaseHolders = [PractitionerRole.SocialWorker, PractitionerRole.ConsultantSocialWorker];

    internal static string StatusOf(int open, int? min, int? max) =>
        max is { } hi && open > hi ? AboveRange : min is { } lo && open < lo ? BelowRange : InRange;

    internal sealed record HubCaseload(Guid HubId, string Name, string LocalAuthority, int Open, int? Min, int? Max, IReadOnlyList<PractitionerCaseload> Practitioners)
    {
        public string Status => StatusOf(Open, Min, Max);
        public bool OutsideRange => Status != InRange;
    }

    internal sealed record PractitionerCaseload(Guid Id, string Name, string Role, int Open, bool NewlyQualified, int? Min, int? Max, string RangeSource)
    {
        public string Status => StatusOf(Open, Min, Max);
        public bool OutsideRange => Status != InRange;
    }

    /// <summary>A worker's range: their own when a manager set one, else the role's default (the protected one in the ASYE year).</summary>
    internal static (int? Min, int? Max, string Source) RangeOf(PractitionerRole role, bool newlyQualified, int? ownMin, int? ownMax,
        IReadOnlyList<CaseloadRoleDefault> defaults)
    {
        if (ownMin is not null || ownMax is not null) return (ownMin, ownMax, FromWorker);
        if (newlyQualified && defaults.FirstOrDefault(d => d.Role == role && d.NewlyQualified) is { } p) return (p.Min, p.Max, FromProtected);
        return defaults.FirstOrDefault(d => d.Role == role && !d.NewlyQualified) is { } d2 ? (d2.Min, d2.Max, FromRole) : (null, null, FromNone);
    }

    public static ObjectType HubCaseloadType()
    {
        var practitioner = new ObjectType("PractitionerCaseload", b =>
        {
            b.Field("id", Scalars.ID.NonNull(), "The worker's id (what setCaseloadRange takes).").Resolve<PractitionerCaseload>(p => p.Id.ToString());
            b.Field("name", Scalars.String.NonNull()).Resolve<PractitionerCaseload>(p => p.Name);
            b.Field("role", Scalars.String.NonNull()).Resolve<PractitionerCaseload>(p => p.Role);
            b.Field("openCases", Scalars.Int.NonNull(), "Children with an open plan led by this practitioner.").Resolve<PractitionerCaseload>(p => p.Open);
            b.Field("newlyQualified", Scalars.Boolean.NonNull(), "In the ASYE year (the 12 months after qualifying): the protected caseload applies.")
                .Resolve<PractitionerCaseload>(p => p.NewlyQualified);
            b.Field("caseloadMin", Scalars.Int).Resolve<PractitionerCaseload>(p => p.Min);
            b.Field("caseloadMax", Scalars.Int).Resolve<PractitionerCaseload>(p => p.Max);
            b.Field("rangeSource", Scalars.String.NonNull(), "WORKER (set by a manager), ROLE_DEFAULT, NEWLY_QUALIFIED_DEFAULT (the protected caseload) or NONE.")
                .Resolve<PractitionerCaseload>(p => p.RangeSource);
            b.Field("status", Scalars.String.NonNull(), "IN_RANGE, ABOVE_RANGE or BELOW_RANGE.").Resolve<PractitionerCaseload>(p => p.Status);
            b.Field("outsideRange", Scalars.Boolean.NonNull(), "An alert: the worker's open cases are outside their range.").Resolve<PractitionerCaseload>(p => p.OutsideRange);
        })
        { Description = "A practitioner's caseload against their range." };
        return new ObjectType("HubCaseload", b =>
        {
            b.Field("id", Scalars.ID.NonNull()).Resolve<HubCaseload>(h => h.HubId.ToString());
            b.Field("name", Scalars.String.NonNull()).Resolve<HubCaseload>(h => h.Name);
            b.Field("localAuthority", Scalars.String.NonNull()).Resolve<HubCaseload>(h => h.LocalAuthority);
            b.Field("openCases", Scalars.Int.NonNull(), "Children whose case the hub holds.").Resolve<HubCaseload>(h => h.Open);
            b.Field("caseloadMin", Scalars.Int).Resolve<HubCaseload>(h => h.Min);
            b.Field("caseloadMax", Scalars.Int).Resolve<HubCaseload>(h => h.Max);
            b.Field("status", Scalars.String.NonNull(), "IN_RANGE, ABOVE_RANGE (an alert) or BELOW_RANGE.").Resolve<HubCaseload>(h => h.Status);
            b.Field("outsideRange", Scalars.Boolean.NonNull(), "An alert: the hub's open cases are outside its range.").Resolve<HubCaseload>(h => h.OutsideRange);
            b.Field("practitioners", practitioner.NonNull().List().NonNull(), "The hub's case holders (consultant social worker included) and anyone else of the hub leading a plan.")
                .Resolve<HubCaseload>(h => h.Practitioners);
        })
        { Description = "A social work hub's caseload against its range." };
    }

    /// <summary>Each hub of the caller's councils with its workers. Four statements: hubs, open cases per hub, open plans per lead, the hubs' staff.</summary>
    internal static async Task<List<HubCaseload>> LoadAsync(IResolveFieldContext ctx, HubCaller caller)
    {
        var db = HubEntities.Db(ctx);
        var councils = caller.Councils;
        var today = caller.Today;
        var children = db.People.Where(SharingPolicy.ChildRow(caller));
        var hubs = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.SocialCareHub && councils.Contains(o.LocalAuthority!.Code))
            .Select(o => new { o.Id, o.Name, o.LocalAuthority!.Code, o.CaseloadMin, o.CaseloadMax }).ToListAsync(ctx.CancellationToken);
        var hubIds = hubs.Select(h => h.Id).ToList();
        var open = await children.Where(p => p.CaseHoldingHubId != null).GroupBy(p => p.CaseHoldingHubId!.Value)
            .Select(g => new { Hub = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Hub, g => g.Count, ctx.CancellationToken);
        var led = await db.Plans.Where(p => p.LeadPractitionerId != null && Period.IsOpen(p.StartDate, p.EndDate, today) && children.Any(c => c.Id == p.ChildId))
            .GroupBy(p => p.LeadPractitionerId!.Value)
            .Select(g => new { Lead = g.Key, Count = g.Select(p => p.ChildId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Lead, g => g.Count, ctx.CancellationToken);
        var staff = await db.Practitioners.AsNoTracking().Where(p => p.OrganisationId != null && hubIds.Contains(p.OrganisationId.Value))
            .Select(p => new { p.Id, p.OrganisationId, p.GivenName, p.FamilyName, p.Role, p.QualifiedOn, p.CaseloadMin, p.CaseloadMax })
            .ToListAsync(ctx.CancellationToken);
        var defaults = await db.CaseloadRoleDefaults.AsNoTracking().ToListAsync(ctx.CancellationToken);
        var workers = staff.Where(p => CaseHolders.Contains(p.Role) || led.ContainsKey(p.Id))
            .Select(p =>
            {
                var newlyQualified = Practitioner.InAsyeYear(p.QualifiedOn, today);
                var (min, max, source) = RangeOf(p.Role, newlyQualified, p.CaseloadMin, p.CaseloadMax, defaults);
                return (Hub: p.OrganisationId!.Value, p.FamilyName,
                    Row: new PractitionerCaseload(p.Id, $"{p.GivenName} {p.FamilyName}", p.Role.ToString(), led.GetValueOrDefault(p.Id), newlyQualified, min, max, source));
            }).ToList();
        return hubs.Select(h => new HubCaseload(h.Id, h.Name, h.Code, open.GetValueOrDefault(h.Id), h.CaseloadMin, h.CaseloadMax,
                workers.Where(w => w.Hub == h.Id).OrderByDescending(w => w.Row.Open).ThenBy(w => w.FamilyName, StringComparer.Ordinal)
                    .ThenBy(w => w.Row.Id).Select(w => w.Row).ToList()))
            .OrderBy(h => h.LocalAuthority, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
    }
}
