using Partnership.Data.Model;
using CallerKind = Partnership.GraphQL.AspNetCore.Security.CallerKind;
using TokenCaller = Partnership.GraphQL.AspNetCore.Security.Caller;

namespace Partnership.Schema.Policy;

/// <summary>The organisation a token acts for, as the hub records it: a virtual school is told from a school by its kind.</summary>
public sealed record CallerOrganisation(Guid Id, OrganisationKind? Kind, Guid? CouncilId);

/// <summary>
/// The caller as the sharing policy sees it for one request: the token's agency, subject, councils and roles, the
/// organisation the token names resolved to the hub's record of it, the request's instant and England date, the
/// purpose given for the request, and the NHS numbers this request looked up (health's CP-IS route).
/// </summary>
public sealed class HubCaller
{
    /// <summary>The key under which the request's <see cref="HubCaller"/> is kept in the request's context data.</summary>
    public const string ContextKey = "partnership.hubCaller";

    private static readonly TimeZoneInfo England = FindEngland();

    public HubCaller(TokenCaller token, Guid? organisationId, DateTimeOffset now, string purpose)
        : this(token, organisationId is { } id ? new CallerOrganisation(id, null, null) : null, now, purpose)
    {
    }

    public HubCaller(TokenCaller token, CallerOrganisation? organisation, DateTimeOffset now, string purpose)
    {
        Token = token;
        Agency = (Agency)(int)token.Agency;
        Subject = token.SubjectId;
        Organisation = organisation;
        OrganisationId = organisation?.Id;
        Councils = [.. token.LocalAuthorities];
        Roles = token.Roles;
        IsSystem = token.Kind == CallerKind.System;
        Now = now;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, England).DateTime);
        Purpose = purpose;
    }

    public TokenCaller Token { get; }
    public Agency Agency { get; }
    public string Subject { get; }

    /// <summary>The hub's organisation named by the token's <c>org</c> claim (matched on id, URN, ODS code or name), when known.</summary>
    public Guid? OrganisationId { get; }

    /// <summary>The recipient of every share (domain.md: organisations, not agencies): its id, kind and council, when known.</summary>
    public CallerOrganisation? Organisation { get; }

    /// <summary>DfE codes of the councils the token names: the caller sees children of these only.</summary>
    public List<string> Councils { get; }

    public IReadOnlyList<string> Roles { get; }
    public bool IsSystem { get; }
    public DateTimeOffset Now { get; }
    public DateOnly Today { get; }
    public string Purpose { get; }

    /// <summary>
    /// NHS numbers this request looked up exactly (<c>protectionStatus(nhsNumber:)</c>, <c>children(where: {nhsNumber: {eq}})</c>).
    /// A list, not a set, so EF Core sends it as one parameter; filled before the query that reads it is built.
    /// </summary>
    public List<string> LookedUpNhsNumbers { get; } = [];

    public bool IsInRole(string role) => Token.IsInRole(role);

    /// <summary>
    /// The caller stands for every practitioner of its organisation (explaining an organisation's share), so an emergency grant to
    /// any of them counts; never set for a request's own caller.
    /// </summary>
    public bool AnyPractitioner { get; init; }

    private int _emergencyRequests;

    /// <summary>Counts an emergency access asked for in this request; the count so far, this one included.</summary>
    public int CountEmergencyRequest() => Interlocked.Increment(ref _emergencyRequests);

    /// <summary>Adds a looked-up number (root fields may resolve concurrently: the list is only ever appended to, under a lock).</summary>
    public void AddLookedUpNhsNumber(string nhsNumber)
    {
        lock (LookedUpNhsNumbers)
            if (!LookedUpNhsNumbers.Contains(nhsNumber)) LookedUpNhsNumbers.Add(nhsNumber);
    }

    /// <summary>The instant an England day begins (a day-dated period opens or closes then).</summary>
    public static DateTimeOffset StartOfEnglandDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, England.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindEngland()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
