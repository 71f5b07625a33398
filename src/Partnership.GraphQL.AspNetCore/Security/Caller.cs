using System.Security.Claims;

namespace Partnership.GraphQL.AspNetCore.Security;

/// <summary>The agencies that share through the hub.</summary>
public enum Agency
{
    SocialCare,
    Police,
    Health,
    Education,
    Housing,
}

/// <summary>Whether a person or a system (a machine client calling as itself) is calling.</summary>
public enum CallerKind
{
    Person,
    System,
}

/// <summary>
/// The authenticated caller as the hub sees it, parsed from the access token's claims
/// (see <see cref="PartnershipClaimTypes"/>). Resolvers read it from
/// <c>GraphQLRequest.ContextData[Caller.ContextKey]</c> (the Gateway puts it there) or parse it from the request's user.
/// </summary>
public sealed class Caller
{
    /// <summary>The key under which the Gateway stores the caller in <c>GraphQLRequest.ContextData</c>.</summary>
    public const string ContextKey = "partnership.caller";

    private Caller(Agency agency, CallerKind kind, string subjectId, string? organisation,
        IReadOnlyList<string> roles, IReadOnlyList<string> localAuthorities)
    {
        Agency = agency;
        Kind = kind;
        SubjectId = subjectId;
        Organisation = organisation;
        Roles = roles;
        LocalAuthorities = localAuthorities;
    }

    public Agency Agency { get; }

    public CallerKind Kind { get; }

    /// <summary>A stable id of the caller (Entra <c>oid</c>, else <c>sub</c>), for audit records; not for logs.</summary>
    public string SubjectId { get; }

    /// <summary>The organisation within the agency (school URN, health team, policing area, council hub), if named.</summary>
    public string? Organisation { get; }

    public IReadOnlyList<string> Roles { get; }

    /// <summary>The DfE local authority codes the caller serves (three digits each), at least one.</summary>
    public IReadOnlyList<string> LocalAuthorities { get; }

    public bool IsInRole(string role)
    {
        foreach (var r in Roles) if (string.Equals(r, role, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public bool Serves(string localAuthorityCode)
    {
        foreach (var la in LocalAuthorities) if (la == localAuthorityCode) return true;
        return false;
    }

    /// <summary>The claim value of an agency (SOCIAL_CARE, POLICE, ...).</summary>
    public static string ToClaimValue(Agency agency) => agency switch
    {
        Agency.SocialCare => "SOCIAL_CARE",
        Agency.Police => "POLICE",
        Agency.Health => "HEALTH",
        Agency.Education => "EDUCATION",
        Agency.Housing => "HOUSING",
        _ => throw new ArgumentOutOfRangeException(nameof(agency)),
    };

    public static bool TryParseAgency(string? value, out Agency agency)
    {
        foreach (var candidate in Enum.GetValues<Agency>())
        {
            if (string.Equals(ToClaimValue(candidate), value, StringComparison.Ordinal))
            {
                agency = candidate;
                return true;
            }
        }
        agency = default;
        return false;
    }

    /// <summary>
    /// Parses an authenticated principal. Returns null with a reason a client can act on when a claim the hub needs
    /// is missing or malformed (no claim values are echoed: the reason names claims only).
    /// </summary>
    public static Caller? FromPrincipal(ClaimsPrincipal? principal, out string? problem)
    {
        problem = null;
        if (principal?.Identity is not { IsAuthenticated: true })
        {
            problem = "The caller is not authenticated.";
            return null;
        }
        // One agency per token: a token claiming two is refused, never read as its first value.
        if (principal.FindAll(PartnershipClaimTypes.Agency).Skip(1).Any())
        {
            problem = "The access token has more than one 'agency' claim; a token acts for one agency.";
            return null;
        }
        if (!TryParseAgency(principal.FindFirst(PartnershipClaimTypes.Agency)?.Value, out var agency))
        {
            problem = "The access token has no valid 'agency' claim (SOCIAL_CARE, POLICE, HEALTH, EDUCATION or HOUSING).";
            return null;
        }
        var localAuthorities = new List<string>();
        foreach (var claim in principal.FindAll(PartnershipClaimTypes.LocalAuthority))
        {
            if (!IsLocalAuthorityCode(claim.Value))
            {
                problem = "An 'la' claim of the access token is not a three-digit DfE local authority code.";
                return null;
            }
            if (!localAuthorities.Contains(claim.Value)) localAuthorities.Add(claim.Value);
        }
        if (localAuthorities.Count == 0)
        {
            problem = "The access token has no 'la' claim naming a local authority the caller serves.";
            return null;
        }
        var subject = principal.FindFirst(PartnershipClaimTypes.ObjectId)?.Value ?? principal.FindFirst(PartnershipClaimTypes.Subject)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            problem = "The access token has neither an 'oid' nor a 'sub' claim.";
            return null;
        }
        var organisation = principal.FindFirst(PartnershipClaimTypes.Organisation)?.Value;
        if (organisation is { Length: 0 or > 100 })
        {
            problem = "The 'org' claim of the access token must be 1 to 100 characters.";
            return null;
        }
        var roles = new List<string>();
        foreach (var claim in principal.FindAll(c => c.Type is PartnershipClaimTypes.Roles or ClaimTypes.Role))
            if (!roles.Contains(claim.Value)) roles.Add(claim.Value);

        return new Caller(agency, KindOf(principal), subject, organisation, roles, localAuthorities);
    }

    // Entra marks app-only tokens with idtyp=app (an optional claim); without it, a token with delegated scopes
    // (scp) is a person's, and one without is an application's.
    private static CallerKind KindOf(ClaimsPrincipal principal)
    {
        var idtyp = principal.FindFirst(PartnershipClaimTypes.IdentityType)?.Value;
        if (string.Equals(idtyp, "app", StringComparison.OrdinalIgnoreCase)) return CallerKind.System;
        if (string.Equals(idtyp, "user", StringComparison.OrdinalIgnoreCase)) return CallerKind.Person;
        return principal.HasClaim(c => c.Type == PartnershipClaimTypes.Scope) ? CallerKind.Person : CallerKind.System;
    }

    private static bool IsLocalAuthorityCode(string value) =>
        value.Length == 3 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]);
}
