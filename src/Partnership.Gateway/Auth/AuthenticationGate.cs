using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;
using Partnership.GraphQL.Errors;

namespace Partnership.Gateway.Auth;

/// <summary>
/// The transport's gate for authentication. A request with a bearer token that fails validation is answered 401
/// whatever it asks; a valid token must carry the claims the hub needs (else 403), and its parsed
/// <see cref="Caller"/> goes into the request's context data; a request without a token may run only what
/// <see cref="AnonymousAccessPolicy"/> allows, and is otherwise answered 401 with code NOT_AUTHENTICATED.
/// </summary>
internal sealed class AuthenticationGate(AnonymousAccessPolicy anonymous) : IGraphQLRequestGate
{
    public const string NotAuthenticated = "NOT_AUTHENTICATED";
    public const string NotAuthorized = "NOT_AUTHORIZED";

    public async ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context)
    {
        // The handler caches its result for the request, so this repeats no work the middleware did.
        // A WebSocket session authenticates once, from its connection_init token, and sets the user itself.
        var user = context.HttpContext.User;
        var result = user.Identity?.IsAuthenticated == true ? null : await context.HttpContext.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result is null || result.Succeeded)
        {
            var caller = Caller.FromPrincipal(result?.Principal ?? user, out var problem);
            if (caller is null)
                return new GraphQLRefusal(403, Error(problem!, NotAuthorized));
            context.Request.ContextData[Caller.ContextKey] = caller;
            return null;
        }
        if (result.Failure is { } failure)
        {
            var description = Describe(failure);
            return new GraphQLRefusal(401, Error(description, NotAuthenticated), new Dictionary<string, string>
            {
                ["WWW-Authenticate"] = $"Bearer error=\"invalid_token\", error_description=\"{description}\"",
            });
        }

        // No token. A document that does not parse goes on so the engine reports the syntax error (it reveals nothing).
        var document = context.GetDocument();
        if (document is null && context.DocumentIsMalformed) return null;
        if (document is not null && anonymous.Allows(document)) return null;
        var what = anonymous.AllowIntrospection ? "__typename and introspection" : "__typename";
        return new GraphQLRefusal(401,
            Error($"Authentication required: send an access token as 'Authorization: Bearer <token>'. Without one, only {what} can be queried.",
                NotAuthenticated),
            new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" });
    }

    /// <summary>Why a token was refused, in words a client developer can act on (no token content is echoed).</summary>
    internal static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "The access token has expired.",
        SecurityTokenNotYetValidException => "The access token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The access token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The access token was issued by an issuer this hub does not trust.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The access token's signature is not valid.",
        SecurityTokenNoExpirationException => "The access token has no expiry.",
        SecurityTokenMalformedException or ArgumentException => "The access token is not a well-formed JWT.",
        _ => "The access token is not valid.",
    };

    private static GraphQLError Error(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
