using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Model;
using Partnership.GraphQL.Errors;

namespace Partnership.Schema.Journeys;

/// <summary>
/// The write side of the meeting change feed: every change to a meeting bumps its version and adds a row to the change log in
/// the same transaction. Commits that carry a change are serialised (on PostgreSQL by a transaction-scoped advisory lock taken
/// before the sequence is drawn; SQLite has one writer), so sequences become visible in order: a reader that has seen sequence
/// n has seen every change before it, whichever gateway wrote it.
/// </summary>
internal static class MeetingChangeLog
{
    // The key of the advisory lock that orders change-log commits across every gateway on one database.
    private const long AppendLockKey = 871_872;

    /// <summary>Wakes this process's subscribers when a change is committed here (others find it at their next look).</summary>
    public static event Action? Committed;

    /// <summary>Records a change to <paramref name="meeting"/> (saved with the change that caused it by <see cref="SaveAsync"/>).</summary>
    public static void Record(PartnershipDbContext db, Meeting meeting, MeetingChangeKind kind, DateTimeOffset now,
        Agency? agency = null, Guid? organisation = null, Guid? subject = null)
    {
        if (kind != MeetingChangeKind.Scheduled) MeetingLifecycle.Touch(meeting, now);
        db.MeetingChanges.Add(new MeetingChange
        {
            MeetingId = meeting.Id, Kind = kind, At = now, Version = meeting.Version,
            Agency = agency, OrganisationId = organisation, SubjectId = subject,
        });
    }

    /// <summary>
    /// Saves the context's changes, in order with every other change-log commit; MEETING_CHANGED (nothing saved) when another
    /// request changed the meeting since it was read.
    /// </summary>
    public static async Task SaveAsync(PartnershipDbContext db, CancellationToken ct)
    {
        try { await SaveInOrderAsync(db, ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new GraphQLError("The meeting changed while this was being saved: nothing was saved; read it again and retry.",
                extensions: HubSchema.Code("MEETING_CHANGED"));
        }
        Committed?.Invoke();
    }

    private static async Task SaveInOrderAsync(PartnershipDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.SaveChangesAsync(ct);
        }
        else if (db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
            await db.SaveChangesAsync(ct);
        }
        else
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockKey})", ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
    }
}
