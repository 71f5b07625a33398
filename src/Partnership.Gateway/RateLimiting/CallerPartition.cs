using System.Security.Claims;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.RateLimiting;

/// <summary>
/// Whose budget a request or WebSocket connection spends: the token's subject, an application's id, or (no valid token)
/// the client's IP address. The prefixes keep the three apart, so no subject can be chosen to share an address's budget.
/// </summary>
internal static class CallerPartition
{
    public static string Of(HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (IsApplication(user) && (user.FindFirst("azp") ?? user.FindFirst("appid"))?.Value is { Length: > 0 } app)
                return "app:" + app;
            if ((user.FindFirst(PartnershipClaimTypes.ObjectId) ?? user.FindFirst(PartnershipClaimTypes.Subject))?.Value is { Length: > 0 } subject)
                return "subject:" + subject;
        }
        return "ip:" + http.Connection.RemoteIpAddress;
    }

    // As Caller reads it: idtyp=app, or (without idtyp) no delegated scope.
    private static bool IsApplication(ClaimsPrincipal user)
    {
        var idtyp = user.FindFirst(PartnershipClaimTypes.IdentityType)?.Value;
        if (idtyp is not null) return string.Equals(idtyp, "app", StringComparison.OrdinalIgnoreCase);
        return !user.HasClaim(c => c.Type == PartnershipClaimTypes.Scope);
    }
}
