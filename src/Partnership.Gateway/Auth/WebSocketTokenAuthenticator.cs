using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.AspNetCore.WebSockets;

namespace Partnership.Gateway.Auth;

/// <summary>
/// Validates the bearer token a browser's WebSocket client sends in <c>connection_init</c> exactly as the JWT bearer handler
/// validates a header: the same parameters, token handlers, (with an Entra authority) the tenant's signing keys and the
/// scope-or-role rule.
/// </summary>
internal sealed class WebSocketTokenAuthenticator(IOptionsMonitor<JwtBearerOptions> options) : IGraphQLWebSocketAuthenticator
{
    public async ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, string token, CancellationToken cancellationToken)
    {
        var jwt = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = jwt.TokenValidationParameters.Clone();
        if (jwt.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            if (!string.IsNullOrEmpty(configuration.Issuer)) parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }
        foreach (var handler in jwt.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            // Entra's rule, as Identity.Web applies it to a header token: an access token grants a scope or an app role.
            if (result.IsValid && result.ClaimsIdentity is { } identity &&
                identity.HasClaim(c => c.Type is PartnershipClaimTypes.Scope or PartnershipClaimTypes.Roles))
                return new ClaimsPrincipal(identity);
        }
        return null;
    }
}
