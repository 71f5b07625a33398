using Microsoft.EntityFrameworkCore;
using Partnership.Data.Dates;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Data.Paging;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Journeys;

/// <summary>
/// CP-IS readiness per council: of the children in scope of CP-IS today (on a child protection plan, looked after, or unborn on
/// a pre-birth plan), how many health can find by NHS number — a born child by its own, an unborn child by its expectant
/// mother's — against the go-live rule of at least 95%; and, for social care to mend, which children are not matched.
/// </summary>
internal static class NhsMatchRate
{
    public const double GoLiveRule = 0.95;
    public const int MaxUnmatched = 200;

    public sealed record Rate(string Council, int InScope, int Matched, double Rate_, bool MeetsGoLiveRule);

    public sealed record Unmatched(Guid ChildId, bool Unborn, IReadOnlyList<PlanKind> Reasons);

    private sealed record InScope(Guid Id, bool Unborn, bool Matched, List<PlanKind> Kinds);

    public static void AddQueryFields(ObjectTypeBuilder t, HubEntities hub)
    {
        var rate = new ObjectType("NhsMatchRate", b =>
        {
            b.Field("council", Scalars.String.NonNull(), "The council's code.").Resolve<Rate>(r => r.Council);
            b.Field("inScope", Scalars.Int.NonNull(), "Children on a child protection or pre-birth plan, or looked after, today.").Resolve<Rate>(r => r.InScope);
            b.Field("matched", Scalars.Int.NonNull(), "Of those, the ones with an NHS number (an unborn child: its expectant mother's).").Resolve<Rate>(r => r.Matched);
            b.Field("unmatched", Scalars.Int.NonNull()).Resolve<Rate>(r => r.InScope - r.Matched);
            b.Field("rate", Scalars.Float.NonNull(), "matched ÷ inScope (1 when none is in scope).").Resolve<Rate>(r => r.Rate_);
            b.Field("meetsGoLiveRule", Scalars.Boolean.NonNull(), $"Whether the rate is at least {GoLiveRule:P0}, the CP-IS go-live rule.").Resolve<Rate>(r => r.MeetsGoLiveRule);
        })
        { Description = "CP-IS readiness of a council: in-scope children matched to an NHS number." };
        AuditedFields.NoChild(t, "nhsMatchRate", rate.NonNull(), JourneyQueries.CountsOnly, async ctx =>
            {
                var (council, rows) = await InScopeAsync(ctx);
                var matched = rows.Count(r => r.Matched);
                var value = rows.Count == 0 ? 1d : (double)matched / rows.Count;
                return new Rate(council, rows.Count, matched, Math.Round(value, 4), value >= GoLiveRule);
            })
            .Description("Social care: the NHS number match rate of a council's children in scope of CP-IS, and whether it meets the 95% go-live rule.")
            .Argument("council", Scalars.String.NonNull(), "A council code the token names.");

        var unmatched = new ObjectType("UnmatchedChild", b =>
        {
            b.Field("childId", Scalars.ID.NonNull(), "Look the child up with `child(id:)` to mend the record.").Resolve<Unmatched>(u => GlobalId.Encode(HubEntities.Child, u.ChildId));
            b.Field("unborn", Scalars.Boolean.NonNull(), "An unborn child, unmatched because its expectant mother has no NHS number recorded.").Resolve<Unmatched>(u => u.Unborn);
            b.Field("reasons", hub.Data.EnumFor(typeof(PlanKind)).NonNull().List().NonNull(), "The open plans that put the child in scope.").Resolve<Unmatched>(u => u.Reasons);
        })
        { Description = "A child in scope of CP-IS whom health cannot find by NHS number." };
        AuditedFields.ChildList<Unmatched>(t, "unmatchedChildren", unmatched.NonNull().List().NonNull(), InformationCategory.Identity, async ctx =>
            {
                var (_, rows) = await InScopeAsync(ctx);
                return rows.Where(r => !r.Matched).Take(MaxUnmatched).Select(r => new Unmatched(r.Id, r.Unborn, r.Kinds)).ToList();
            }, u => u.ChildId)
            .Description($"Social care: a council's children in scope of CP-IS without an NHS number to match them by (at most {MaxUnmatched}).")
            .Argument("council", Scalars.String.NonNull(), "A council code the token names.")
            .ListSize(ListSize.Assumed(MaxUnmatched));
    }

    /// <summary>The council's children in scope today, whether each is matched, and why it is in scope.</summary>
    private static async Task<(string Council, List<InScope> Rows)> InScopeAsync(IResolveFieldContext ctx)
    {
        var caller = AccessLog.SocialCareOnly(ctx, "the NHS number match rate");
        var council = ctx.GetArgument<string>("council")!;
        if (!caller.Councils.Contains(council))
            throw new GraphQLError("The token does not name this council.", extensions: HubSchema.Code(HubSchema.Codes.Forbidden));
        var db = HubEntities.Db(ctx);
        var today = caller.Today;
        var children = db.People.Where(SharingPolicy.ChildRow(caller)).Where(p => p.LocalAuthority!.Code == council);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => (p.Kind == PlanKind.ChildProtection || p.Kind == PlanKind.PreBirth || p.Kind == PlanKind.LookedAfter) && Period.IsOpen(p.StartDate, p.EndDate, today))
            .Where(p => children.Any(c => c.Id == p.ChildId))
            .Select(p => new
            {
                p.ChildId, p.Kind, Unborn = p.Child!.DateOfBirth == null,
                // CP-IS finds an unborn child by the expectant mother's number.
                Matched = p.Child.DateOfBirth == null ? p.Child.Mother!.NhsNumber != null : p.Child.NhsNumber != null,
            })
            .ToListAsync(ctx.CancellationToken);
        var rows = plans.GroupBy(p => p.ChildId)
            .Select(g => new InScope(g.Key, g.First().Unborn, g.First().Matched, g.Select(p => p.Kind).Distinct().Order().ToList()))
            .OrderBy(r => r.Id).ToList();
        return (council, rows);
    }
}
