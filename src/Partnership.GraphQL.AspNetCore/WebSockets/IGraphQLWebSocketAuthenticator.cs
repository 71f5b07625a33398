using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Partnership.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Validates a bearer token a WebSocket client sends in its <c>connection_init</c> payload (<c>{"Authorization": "Bearer …"}</c>),
/// for clients that cannot set headers on the upgrade request (browsers). Register one as a service; without one such
/// tokens are refused (close 4403) and only the upgrade request's own authentication counts.
/// </summary>
public interface IGraphQLWebSocketAuthenticator
{
    /// <summary>The token's user, or null when it is not valid.</summary>
    ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext http, string token, CancellationToken cancellationToken);
}
