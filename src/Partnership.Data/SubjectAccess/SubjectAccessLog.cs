using Microsoft.EntityFrameworkCore;
using Partnership.Data.Model;

namespace Partnership.Data.SubjectAccess;

/// <summary>
/// Every recorded access to one child, from the access audit: who (the token subject, and the practitioner's name when the hub
/// knows the subject), the organisation they acted for, when, the operation, the stated purpose, and per category the route that
/// allowed it (UK GDPR Article 15(1)(c): the recipients to whom the data have been disclosed). An entry that covered other
/// children too shows only this child's items.
/// </summary>
internal static class SubjectAccessLog
{
    public static async Task<IReadOnlyList<SarAccess>> ReadAsync(PartnershipDbContext db, Guid childId, CancellationToken ct)
    {
        var rows = await (
            from i in db.AccessAuditItems.AsNoTracking()
            where i.ChildId == childId
            join e in db.AccessAuditEntries.AsNoTracking() on i.EntrySequence equals e.Sequence
            select new { e.Sequence, e.OccurredAt, e.Subject, e.Agency, e.OrganisationId, e.Operation, e.Purpose, i.Category, i.Route })
            .ToListAsync(ct);
        var organisationIds = rows.Select(r => r.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var subjects = rows.Select(r => r.Subject).Distinct().ToList();
        var practitioners = (await db.Practitioners.AsNoTracking().Where(p => p.Subject != null && subjects.Contains(p.Subject))
                .Select(p => new { p.Subject, p.GivenName, p.FamilyName }).ToListAsync(ct))
            .GroupBy(p => p.Subject!).ToDictionary(g => g.Key, g => $"{g.First().GivenName} {g.First().FamilyName}", StringComparer.Ordinal);

        return rows.GroupBy(r => r.Sequence).OrderBy(g => g.Key).Select(g =>
        {
            var e = g.First();
            return new SarAccess(e.Sequence, e.OccurredAt, e.Subject, practitioners.GetValueOrDefault(e.Subject), e.Agency,
                e.OrganisationId is { } o ? organisations.GetValueOrDefault(o) ?? SarRecords.Text(o) : null, e.Operation, e.Purpose,
                g.Select(r => (r.Category, r.Route)).OrderBy(x => x.Category).ToList());
        }).ToList();
    }
}
