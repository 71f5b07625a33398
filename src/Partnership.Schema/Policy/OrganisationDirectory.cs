using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Partnership.Data;
using Partnership.Data.Model;
using TokenCaller = Partnership.GraphQL.AspNetCore.Security.Caller;

namespace Partnership.Schema.Policy;

/// <summary>
/// Finds the organisation a token's <c>org</c> claim names (id, URN, ODS code or name, within the token's agency). Every
/// request needs it before anything runs, so an organisation found is remembered for
/// <see cref="SharingOptions.OrganisationCacheDuration"/>: the door then costs no database round trip. A claim naming no
/// organisation is never remembered, so an organisation added to the hub is known to the next request.
/// </summary>
internal sealed class OrganisationDirectory(SharingOptions options, TimeProvider time)
{
    /// <summary>Entries kept at most; past it the directory starts again (organisations are few, tokens name them the same way).</summary>
    internal const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(string? Database, Agency Agency, string Claim), (CallerOrganisation Found, DateTimeOffset Until)> _found = new();

    public async Task<CallerOrganisation?> FindAsync(PartnershipDbContext db, TokenCaller token, CancellationToken ct)
    {
        if (token.Organisation is not { } org) return null;
        var agency = (Agency)(int)token.Agency;
        // Keyed by database too: one process may serve several (tests, tools), where the same name is another organisation.
        var key = (db.Database.GetConnectionString(), agency, org);
        var now = time.GetUtcNow();
        if (_found.TryGetValue(key, out var hit) && hit.Until > now) return hit.Found;
        var id = Guid.TryParse(org, out var g) ? g : Guid.Empty;
        var found = await db.Organisations.AsNoTracking()
            .Where(o => o.Agency == agency && (o.Id == id || o.Urn == org || o.OdsCode == org || o.Name == org))
            .OrderBy(o => o.Id == id ? 0 : o.Urn == org ? 1 : o.OdsCode == org ? 2 : 3)
            .Select(o => new CallerOrganisation(o.Id, o.Kind, o.LocalAuthorityId)).FirstOrDefaultAsync(ct);
        if (found is not null && options.OrganisationCacheDuration > TimeSpan.Zero)
        {
            if (_found.Count >= MaxEntries) _found.Clear();
            _found[key] = (found, now + options.OrganisationCacheDuration);
        }
        return found;
    }
}
