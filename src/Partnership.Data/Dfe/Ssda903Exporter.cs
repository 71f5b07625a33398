using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;

namespace Partnership.Data.Dfe;

/// <summary>A council's SSDA903 return: the Header and Episodes tables as CSV.</summary>
internal sealed record Ssda903Export(string Header, string Episodes, int Children, int EpisodeCount);

/// <summary>
/// Writes a council's SSDA903 Header and Episodes tables for a collection year: every episode of care open at any time from
/// 1 April of the previous year to 31 March, with what was known on 31 March (a later end is left blank). A looked-after plan
/// with recorded episodes is written as those episodes; one without (a plan recorded before the hub kept episodes, or made by
/// the synthetic generator) as the single episode the plan itself describes. Deterministic: the same data gives the same bytes.
/// </summary>
internal sealed class Ssda903Exporter(PartnershipDbContext db)
{
    public async Task<Ssda903Export> ExportAsync(string councilCode, int year, CancellationToken ct = default)
    {
        var la = await db.LocalAuthorities.AsNoTracking().SingleOrDefaultAsync(l => l.Code == councilCode, ct)
            ?? throw new ArgumentException($"No local authority with code {councilCode}.", nameof(councilCode));
        var reference = new DateOnly(year, 3, 31);
        var start = new DateOnly(year - 1, 4, 1);

        var stored = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.LocalAuthorityId == la.Id && e.StartDate <= reference && (e.EndDate == null || e.EndDate >= start))
            .ToListAsync(ct);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.LocalAuthorityId == la.Id && p.Kind == PlanKind.LookedAfter && p.StartDate <= reference && (p.EndDate == null || p.EndDate >= start)
                        && !db.CareEpisodes.Any(e => e.PlanId == p.Id))
            .Include(p => p.Referral)
            .ToListAsync(ct);

        var rows = stored.Select(e => Row(e, reference)).Concat(plans.Select(p => Derived(p, reference))).ToList();
        var childIds = rows.Select(r => r.ChildId).Distinct().ToList();
        var children = (await db.People.AsNoTracking().Where(p => childIds.Contains(p.Id) && p.LaChildId != null).ToListAsync(ct))
            .ToDictionary(p => p.Id);
        var unusable = children.Values.Count(c => c.DateOfBirth is null || c.Sex is not (Sex.Male or Sex.Female));
        if (unusable > 0)
            throw new InvalidOperationException($"{unusable} looked-after child(ren) of council {councilCode} have no date of birth or no sex recorded as male or female, which the Header table requires.");

        var episodes = rows.Where(r => children.ContainsKey(r.ChildId))
            .Select(r => (Child: children[r.ChildId].LaChildId!, r.Start, r.Values))
            .OrderBy(r => r.Child, StringComparer.Ordinal).ThenBy(r => r.Start)
            .Select(r => (IReadOnlyList<string?>)[r.Child, .. r.Values])
            .ToList();
        var header = children.Values.OrderBy(c => c.LaChildId, StringComparer.Ordinal).Select(c => HeaderRow(c, reference)).ToList();
        return new Ssda903Export(
            Ssda903Csv.Write(Columns(Ssda903Validator.HeaderTable), header),
            Ssda903Csv.Write(Columns(Ssda903Validator.EpisodesTable), episodes),
            header.Count, episodes.Count);
    }

    private static List<string> Columns(string table) => Ssda903Schema.Y2024[table].Select(c => c.Name).ToList();

    private sealed record EpisodeRow(Guid ChildId, DateOnly Start, IReadOnlyList<string?> Values);

    // Columns after CHILD, in the specification's order: DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN.
    private static EpisodeRow Row(CareEpisode e, DateOnly reference)
    {
        var ended = e.EndDate <= reference ? e.EndDate : null;
        return new EpisodeRow(e.ChildId, e.StartDate,
        [
            Ssda903Validator.D(e.StartDate), e.Reason.ToCode(), e.LegalStatus.ToCode(), e.CategoryOfNeed.ToCode(), e.PlacementType.ToCode(),
            e.PlacementProvider?.ToCode(), ended is { } d ? Ssda903Validator.D(d) : null, ended is null ? null : e.EndReason?.ToCode(),
            e.PlacementChangeReason?.ToCode(), e.HomePostcode, e.PlacementPostcode, e.PlacementUrn,
        ]);
    }

    private static EpisodeRow Derived(Plan p, DateOnly reference)
    {
        var need = p.Referral?.PrimaryNeed;
        if (p.LegalStatus is not { } legal || p.PlacementType is not { } placement || need is null or PrimaryNeed.NotStated or PrimaryNeed.NotChildInNeed)
            throw new InvalidOperationException(
                $"A looked-after plan starting {p.StartDate:yyyy-MM-dd} has no legal status, placement type or category of need (N1–N8) recorded, which an episode requires.");
        var ended = p.EndDate <= reference ? p.EndDate : null;
        return Row(new CareEpisode
        {
            ChildId = p.ChildId, StartDate = p.StartDate, Reason = EpisodeReason.StartedToBeLookedAfter, LegalStatus = legal,
            CategoryOfNeed = need.Value, PlacementType = placement, EndDate = ended, EndReason = ended is null ? null : EndReasonOf(p.Referral?.ClosureReason),
        }, reference);
    }

    // The plan records why the child's case closed, not why care ended: the codes that say the same thing, otherwise E8 ("any other reason").
    private static EpisodeEndReason EndReasonOf(ClosureReason? reason) => reason switch
    {
        ClosureReason.Adopted => EpisodeEndReason.E11,
        ClosureReason.Died => EpisodeEndReason.E2,
        ClosureReason.ChildArrangementsOrder => EpisodeEndReason.E41,
        _ => EpisodeEndReason.E8,
    };

    // Columns: CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB. The hub does not record whether a looked-after girl is a mother.
    private static IReadOnlyList<string?> HeaderRow(Person c, DateOnly reference) =>
    [
        c.LaChildId, ((int)c.Sex).ToString(System.Globalization.CultureInfo.InvariantCulture), Ssda903Validator.D(c.DateOfBirth!.Value),
        (c.Ethnicity ?? Ethnicity.NotObtained).ToCode(), c.Upn?.Value ?? c.UpnUnknown?.ToCode() ?? NoUpnReason(c.DateOfBirth.Value, reference), null, null,
    ];

    // No UPN and no recorded reason: UN1 (under 6, not yet at school) for a young child, else UN2 (never attended a school in England, as far as the hub knows).
    private static string NoUpnReason(DateOnly born, DateOnly reference) =>
        (born.AddYears(6) > reference ? UpnUnknownReason.Un1 : UpnUnknownReason.Un2).ToCode();
}
