using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Auth;

/// <summary>What a Development token says about its caller.</summary>
internal sealed record DevTokenRequest(
    Agency Agency,
    IReadOnlyList<string> Roles,
    string Organisation,
    IReadOnlyList<string> LocalAuthorities,
    CallerKind Kind,
    string Subject,
    TimeSpan Lifetime);

/// <summary>Issues Development tokens shaped like Entra ID access tokens, signed with the local dev key.</summary>
internal static class DevTokenIssuer
{
    public static string Issue(DevTokenRequest request, SecurityKey key, string audience, DateTime? now = null)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new(PartnershipClaimTypes.Subject, request.Subject),
            new(PartnershipClaimTypes.ObjectId, request.Subject),
            new(PartnershipClaimTypes.Agency, Caller.ToClaimValue(request.Agency)),
            new(PartnershipClaimTypes.Organisation, request.Organisation),
            new(PartnershipClaimTypes.IdentityType, request.Kind == CallerKind.System ? "app" : "user"),
        };
        // Entra puts delegated scopes only in a person's token.
        if (request.Kind == CallerKind.Person) claims.Add(new(PartnershipClaimTypes.Scope, "access_as_user"));
        foreach (var role in request.Roles) claims.Add(new(PartnershipClaimTypes.Roles, role));
        foreach (var la in request.LocalAuthorities) claims.Add(new(PartnershipClaimTypes.LocalAuthority, la));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = DevelopmentSigningKey.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt,
            NotBefore = issuedAt.AddMinutes(-1),
            Expires = issuedAt + request.Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        // Repeated claims (roles, la) become JSON arrays, as Entra writes them.
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>
    /// The organisation a token names when none is given: one of the synthetic Slough world, by the name the hub matches (sharing
    /// is with organisations, so a health, education or housing token naming none the hub knows is refused).
    /// </summary>
    public static string DefaultOrganisation(Agency agency) => agency switch
    {
        Agency.SocialCare => "Slough Hub 1 (child protection)",
        Agency.Police => "Thames Valley Police Slough LPA",
        Agency.Health => "Slough Health Visiting Team A",
        Agency.Education => "Slough Virtual School",
        Agency.Housing => "Slough Housing Services",
        _ => throw new ArgumentOutOfRangeException(nameof(agency)),
    };

    public static string DefaultRole(Agency agency) => agency switch
    {
        Agency.SocialCare => "SocialWorker",
        Agency.Police => "PublicProtectionOfficer",
        Agency.Health => "HealthVisitor",
        Agency.Education => "VirtualSchoolHead",
        Agency.Housing => "HousingOfficer",
        _ => throw new ArgumentOutOfRangeException(nameof(agency)),
    };
}
