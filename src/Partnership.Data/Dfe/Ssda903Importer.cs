using Microsoft.EntityFrameworkCore;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;

namespace Partnership.Data.Dfe;

/// <summary>The outcome of an SSDA903 import: the problems (and nothing stored), or what changed.</summary>
internal sealed record Ssda903ImportResult(IReadOnlyList<Ssda903Problem> Problems, int Children, int ChildrenAdded, int RowsWritten)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads a council's SSDA903 Episodes table (and its Header table): validates first and stores nothing if any problem is found;
/// otherwise, in one transaction, matches children by (council, CHILD), episodes by (child, DECOM), and each period of care
/// — episodes chained by REC X1 — to the child's looked-after plan starting on its first DECOM, creating what is missing. The
/// plan takes the period's end and its latest legal status and placement. Re-importing the same tables writes nothing.
/// What the return does not carry (names, NHS numbers, other agencies' records) is left alone.
/// </summary>
internal sealed class Ssda903Importer(PartnershipDbContext db)
{
    public async Task<Ssda903ImportResult> ImportAsync(string councilCode, IReadOnlyList<Ssda903File> files, CancellationToken ct = default)
    {
        if (councilCode.Length != 3 || !councilCode.All(char.IsAsciiDigit))
            return new Ssda903ImportResult([new Ssda903Problem("--council", 0, null, $"'{councilCode}' is not a DfE council code (three digits, for example 871).")], 0, 0, 0);
        var (problems, parsed) = Ssda903Validator.Validate(files);
        if (parsed is null) return new Ssda903ImportResult(problems, 0, 0, 0);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var la = await db.LocalAuthorities.SingleOrDefaultAsync(l => l.Code == councilCode, ct);
        if (la is null)
        {
            la = new LocalAuthority { Id = Guid.NewGuid(), Code = councilCode, Name = $"Local authority {councilCode}" };
            db.LocalAuthorities.Add(la);
        }
        var ids = parsed.Episodes.Select(e => e.Child).Concat(parsed.Header.Select(h => h.Child)).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.People
            .Where(p => p.LocalAuthorityId == la.Id && p.LaChildId != null && ids.Contains(p.LaChildId))
            .Include(p => p.Plans.Where(x => x.Kind == PlanKind.LookedAfter))
            .Include(p => p.CareEpisodes)
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.LaChildId!, StringComparer.Ordinal, ct);

        // A child the hub does not know can only be created from its Header row (sex, date of birth, ethnicity, UPN).
        var header = parsed.Header.ToDictionary(h => h.Child, StringComparer.Ordinal);
        var unknown = parsed.Episodes.Where(e => !existing.ContainsKey(e.Child) && !header.ContainsKey(e.Child)).GroupBy(e => e.Child).Select(g => g.First()).ToList();
        if (unknown.Count > 0)
            return new Ssda903ImportResult(unknown.Select(e => new Ssda903Problem(parsed.EpisodesFile, e.Line, e.Child,
                $"Child {e.Child} is not known to the hub for council {councilCode} and has no Header row.")).ToList(), 0, 0, 0);

        var added = 0;
        foreach (var id in ids)
        {
            if (!existing.TryGetValue(id, out var person))
            {
                person = new Person { Id = Guid.NewGuid(), Kind = PersonKind.Child, LocalAuthorityId = la.Id, LaChildId = id };
                db.People.Add(person);
                existing[id] = person;
                added++;
            }
            if (header.TryGetValue(id, out var row)) ApplyHeader(person, row);
        }
        foreach (var child in parsed.Episodes.GroupBy(e => e.Child, StringComparer.Ordinal))
            foreach (var period in Periods(child.OrderBy(e => e.Start)))
                ApplyPeriod(existing[child.Key], la, period);

        var written = await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Ssda903ImportResult([], ids.Count, added, written);
    }

    private static void ApplyHeader(Person p, Ssda903HeaderRow row)
    {
        p.Sex = row.Sex;
        p.DateOfBirth = row.BirthDate;
        p.Ethnicity = row.Ethnicity;
        if (DfeCode.TryParse<UpnUnknownReason>(row.Upn, out var reason))
        {
            p.Upn = null;
            p.UpnUnknown = reason;
        }
        else
        {
            p.Upn = Upn.Parse(row.Upn, "UPN");
            p.UpnUnknown = null;
        }
    }

    // A period of care runs from an episode until one ends with a reason other than X1 (or has not ended).
    private static IEnumerable<List<Ssda903EpisodeRow>> Periods(IEnumerable<Ssda903EpisodeRow> ordered)
    {
        var current = new List<Ssda903EpisodeRow>();
        foreach (var e in ordered)
        {
            current.Add(e);
            if (e.EndReason != EpisodeEndReason.X1)
            {
                yield return current;
                current = [];
            }
        }
        if (current.Count > 0) yield return current;
    }

    private void ApplyPeriod(Person child, LocalAuthority la, List<Ssda903EpisodeRow> period)
    {
        var first = period[0];
        var last = period[^1];
        var plan = child.Plans.FirstOrDefault(p => p.Kind == PlanKind.LookedAfter && p.StartDate == first.Start);
        if (plan is null)
        {
            plan = new Plan { Id = Guid.NewGuid(), Kind = PlanKind.LookedAfter, ChildId = child.Id, LocalAuthorityId = la.Id, StartDate = first.Start };
            child.Plans.Add(plan);
            db.Plans.Add(plan);
        }
        plan.EndDate = last.End;
        plan.LegalStatus = last.LegalStatus;
        plan.PlacementType = last.Placement;

        foreach (var row in period)
        {
            var episode = child.CareEpisodes.FirstOrDefault(e => e.StartDate == row.Start);
            if (episode is null)
            {
                episode = new CareEpisode { Id = Guid.NewGuid(), ChildId = child.Id, LocalAuthorityId = la.Id, StartDate = row.Start };
                child.CareEpisodes.Add(episode);
                db.CareEpisodes.Add(episode);
            }
            episode.PlanId = plan.Id;
            episode.Reason = row.Reason;
            episode.LegalStatus = row.LegalStatus;
            episode.CategoryOfNeed = row.Need;
            episode.PlacementType = row.Placement;
            episode.PlacementProvider = row.Provider;
            episode.EndDate = row.End;
            episode.EndReason = row.EndReason;
            episode.PlacementChangeReason = row.ChangeReason;
            episode.HomePostcode = row.HomePostcode;
            episode.PlacementPostcode = row.PlacementPostcode;
            episode.PlacementUrn = row.Urn;
        }
    }
}
