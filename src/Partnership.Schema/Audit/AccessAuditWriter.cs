using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Audit;
using Partnership.Data.Model;
using Partnership.Schema.Data.Projection;
using Partnership.Schema.Policy;

namespace Partnership.Schema.Audit;

/// <summary>
/// Turns what a request returned into one hash-chained audit entry (who, when, operation, which children, which categories,
/// the route of each, the purpose) and the notifications due to case-holding hubs. What the request read is worked out on the
/// request's own context; the entry is then chained and written with those of the other requests in flight
/// (<see cref="AuditGroupCommit"/>), and the request goes on only once it is durable.
/// </summary>
public sealed class AccessAuditWriter(SharingOptions options, AuditGroupCommit commit)
{
    /// <summary>Writes the audit entry and notifications; throws when they cannot be written (the request must then fail).</summary>
    public async Task<AccessAuditEntry?> WriteAsync(PartnershipDbContext db, HubCaller caller, AccessCollector collected, string operation, CancellationToken ct)
    {
        var accesses = await ChildAccessesAsync(db, collected, ct);
        if (accesses.Count == 0) return null;
        var routes = await RoutesAsync(db, caller, accesses, ct);
        var hubs = await CaseHoldingHubsAsync(db, caller, accesses, ct);
        var items = new List<AuditAccess>(accesses.Count);
        foreach (var (child, category) in accesses) items.Add(new AuditAccess(child, category, routes[(child, category)]));
        var record = new AuditRecord(caller.Now, caller.Subject, caller.Agency, caller.OrganisationId, operation, caller.Purpose, items);
        return await commit.AppendAsync(record, sequence => Notifications(caller, accesses, hubs, sequence)).WaitAsync(ct);
    }

    /// <summary>Maps the returned rows to the children they are about.</summary>
    private static async Task<HashSet<(Guid, InformationCategory)>> ChildAccessesAsync(PartnershipDbContext db, AccessCollector collected, CancellationToken ct)
    {
        var result = new HashSet<(Guid, InformationCategory)>(collected.Direct);
        var byEntity = collected.Rows.Where(r => r.Key is Guid).GroupBy(r => r.Entity);
        foreach (var group in byEntity)
        {
            var keys = group.Select(r => (Guid)r.Key).Distinct().ToList();
            Dictionary<Guid, List<Guid>> children = group.Key switch
            {
                HubEntities.Child or HubEntities.ProtectionStatus => keys.ToDictionary(k => k, k => new List<Guid> { k }),
                HubEntities.Plan or HubEntities.PlanPeriod => await Map(db.Plans.Where(p => keys.Contains(p.Id)).Select(p => new { K = p.Id, C = p.ChildId }), x => x.K, x => x.C, ct),
                HubEntities.PersonIdentifier => await Map(db.PersonIdentifiers.Where(i => keys.Contains(i.Id)).Select(i => new { K = i.Id, C = i.PersonId }), x => x.K, x => x.C, ct),
                HubEntities.Address => await Map(db.Addresses.Where(a => keys.Contains(a.Id)).Select(a => new { K = a.Id, C = a.PersonId }), x => x.K, x => x.C, ct),
                HubEntities.Consent => await Map(db.Consents.Where(k => keys.Contains(k.Id)).Select(k => new { K = k.Id, C = k.ChildId }), x => x.K, x => x.C, ct),
                SharingDecisions.Entity => await Map(db.SharingDecisions.Where(d => keys.Contains(d.Id) && d.ChildId != null)
                    .Select(d => new { K = d.Id, C = d.ChildId!.Value }), x => x.K, x => x.C, ct),
                HubEntities.StrategyMeeting or HubEntities.MeetingDecisions or Journeys.Conferences.Entity =>
                    await Map(db.MeetingChildren.Where(m => keys.Contains(m.MeetingId)).Select(m => new { K = m.MeetingId, C = m.ChildId }), x => x.K, x => x.C, ct),
                HubEntities.Invitation => await Map(
                    from i in db.MeetingInvitations
                    where keys.Contains(i.Id)
                    join mc in db.MeetingChildren on i.MeetingId equals mc.MeetingId
                    select new { K = i.Id, C = mc.ChildId }, x => x.K, x => x.C, ct),
                HubEntities.MeetingAction => await Map(
                    from a in db.MeetingActions
                    where keys.Contains(a.Id)
                    join mc in db.MeetingChildren on a.MeetingId equals mc.MeetingId
                    where a.ChildId == null || a.ChildId == mc.ChildId
                    select new { K = a.Id, C = mc.ChildId }, x => x.K, x => x.C, ct),
                HubEntities.Contribution => await Map(
                    from k in db.MeetingContributions
                    where keys.Contains(k.Id)
                    join mc in db.MeetingChildren on k.MeetingId equals mc.MeetingId
                    where k.ChildId == null || k.ChildId == mc.ChildId
                    select new { K = k.Id, C = mc.ChildId }, x => x.K, x => x.C, ct),
                _ => [],
            };
            foreach (var row in group)
                if (children.TryGetValue((Guid)row.Key, out var list))
                    foreach (var child in list) result.Add((child, row.Category));
        }
        return result;
    }

    private static async Task<Dictionary<Guid, List<Guid>>> Map<T>(IQueryable<T> query, Func<T, Guid> key, Func<T, Guid> child, CancellationToken ct)
    {
        var map = new Dictionary<Guid, List<Guid>>();
        foreach (var x in await Cacheable(query).ToListAsync(ct))
        {
            if (!map.TryGetValue(key(x), out var list)) map[key(x)] = list = [];
            list.Add(child(x));
        }
        return map;
    }

    /// <summary>
    /// The route of each access: the first grant of the caller's cell that holds for the child, evaluated in one SQL statement.
    /// Meeting categories (decided per meeting, not per child) take the cell's first route.
    /// </summary>
    private static async Task<Dictionary<(Guid, InformationCategory), SharingRoute>> RoutesAsync(PartnershipDbContext db, HubCaller caller,
        HashSet<(Guid Child, InformationCategory Category)> accesses, CancellationToken ct)
    {
        var result = new Dictionary<(Guid, InformationCategory), SharingRoute>();
        var conditions = new List<(InformationCategory Category, Basis Basis, Expression<Func<Person, bool>>? Condition)>();
        foreach (var category in accesses.Select(a => a.Category).Distinct())
        {
            var cell = SharingPolicy.Cell(category, caller.Agency);
            foreach (var grant in cell)
            {
                if (SharingPolicy.DecidedPerMeeting(grant.Basis))
                {
                    conditions.Add((category, grant.Basis, null));
                    break;
                }
                conditions.Add((category, grant.Basis, SharingPolicy.ChildCondition(grant.Basis, category, caller)));
            }
        }
        var ids = accesses.Select(a => a.Child).Distinct().ToList();
        var p = Expression.Parameter(typeof(Person), "p");
        var slots = new List<Expression> { Expression.Convert(Expression.Property(p, nameof(Person.Id)), typeof(object)) };
        foreach (var (_, _, condition) in conditions)
            slots.Add(Expression.Convert(condition is null ? Expression.Constant(true) : Lambda.Inline(condition, p), typeof(object)));
        var projection = Expression.Lambda<Func<Person, object[]>>(Expression.NewArrayInit(typeof(object), slots), p);
        var rows = await Cacheable(db.People.Where(x => ids.Contains(x.Id)).Select(projection)).ToListAsync(ct);
        foreach (var row in rows)
        {
            var child = (Guid)row[0];
            for (int i = 0; i < conditions.Count; i++)
            {
                var (category, basis, _) = conditions[i];
                if (row[i + 1] is true && !result.ContainsKey((child, category))) result[(child, category)] = SharingPolicy.RouteOf(basis);
            }
        }
        // An access no grant explains (it should not happen) is recorded as refused, so a reviewer sees it.
        foreach (var access in accesses) result.TryAdd(access, SharingRoute.Refused);
        return result;
    }

    /// <summary>The case-holding hub of each child whose hub must be told of this access (CP-IS parity); none for social care and silent roles.</summary>
    private async Task<List<(Guid Child, Guid Hub)>> CaseHoldingHubsAsync(PartnershipDbContext db, HubCaller caller,
        HashSet<(Guid Child, InformationCategory Category)> accesses, CancellationToken ct)
    {
        if (caller.Agency == Agency.SocialCare || options.SilentRoles.Any(caller.IsInRole)) return [];
        var children = accesses.Select(a => a.Child).Distinct().ToList();
        var hubs = await Cacheable(db.People.Where(p => children.Contains(p.Id) && p.CaseHoldingHubId != null)
            .Select(p => new { p.Id, Hub = p.CaseHoldingHubId!.Value })).ToListAsync(ct);
        if (hubs.Count == 0) return [];
        // A system polling the same children all day gives the case holder one notice per child and organisation a day, not one per
        // poll (every read is still in the audit); a first view of the protection status is still told.
        var agency = caller.Agency;
        var org = caller.OrganisationId;
        var since = caller.Now.AddDays(-1);
        var told = await Cacheable(db.Notifications.Where(n => children.Contains(n.ChildId) && n.TriggeredByAgency == agency
                && n.TriggeredByOrganisationId == org && n.CreatedAt > since
                && (n.Kind == NotificationKind.RecordViewed || n.Kind == NotificationKind.ProtectionStatusViewed))
            .Select(n => new { n.ChildId, n.RecipientHubId, n.Kind })).ToListAsync(ct);
        return hubs.Where(h => !told.Any(n => n.ChildId == h.Id && n.RecipientHubId == h.Hub
                && (n.Kind == NotificationKind.ProtectionStatusViewed || !accesses.Contains((h.Id, InformationCategory.ProtectionStatus)))))
            .Select(h => (h.Id, h.Hub)).ToList();
    }

    /// <summary>CP-IS parity: the case-holding hub learns when another agency viewed a child's protection status or record.</summary>
    private static List<Notification> Notifications(HubCaller caller, HashSet<(Guid Child, InformationCategory Category)> accesses,
        List<(Guid Child, Guid Hub)> hubs, long sequence)
    {
        var result = new List<Notification>(hubs.Count);
        foreach (var (child, hub) in hubs)
        {
            var status = accesses.Contains((child, InformationCategory.ProtectionStatus));
            result.Add(new Notification
            {
                Id = Guid.NewGuid(),
                ChildId = child,
                RecipientHubId = hub,
                Kind = status ? NotificationKind.ProtectionStatusViewed : NotificationKind.RecordViewed,
                TriggeredByAgency = caller.Agency,
                TriggeredByOrganisationId = caller.OrganisationId,
                Message = $"{caller.Agency} viewed this child's {(status ? "protection status" : "record")} (audit entry {sequence}; purpose: {caller.Purpose}).",
                CreatedAt = caller.Now,
                AuditSequence = sequence,
            });
        }
        return result;
    }

    /// <summary>The query with its lists of ids sent as scalar parameters, so EF Core reuses its SQL (see <see cref="CollectionParameters"/>).</summary>
    private static IQueryable<T> Cacheable<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(CollectionParameters.Expand(query.Expression));
}
