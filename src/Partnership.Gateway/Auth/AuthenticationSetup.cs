using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Auth;

/// <summary>
/// Bearer authentication through Microsoft.Identity.Web over the <c>AzureAd</c> section (the Entra tenant's metadata,
/// issuer and signing keys, the scope-or-role rule), with the hub's own claim names and audiences, plus the local dev
/// key in Development.
/// </summary>
internal static class AuthenticationSetup
{
    public static WebApplicationBuilder AddPartnershipAuthentication(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        var services = builder.Services;
        var section = builder.Configuration.GetSection(AzureAdOptions.SectionName);
        services.AddSingleton<IValidateOptions<AzureAdOptions>>(new AzureAdOptionsValidator(isDevelopment));
        services.AddOptions<AzureAdOptions>().Bind(section).ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(section, JwtBearerDefaults.AuthenticationScheme);
        if (isDevelopment)
        {
            // Without a tenant, Development is its own: Identity.Web still needs a tenant and client to name.
            services.Configure<MicrosoftIdentityOptions>(JwtBearerDefaults.AuthenticationScheme, identity =>
            {
                if (string.IsNullOrWhiteSpace(identity.TenantId)) identity.TenantId = DevelopmentSigningKey.Issuer;
                if (string.IsNullOrWhiteSpace(identity.ClientId)) identity.ClientId = DevelopmentSigningKey.DefaultAudience;
            });
        }
        // Runs after Identity.Web's own configuration of the bearer options, so the hub's rules are the last word.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AzureAdOptions>, IConfiguration>((jwt, azureAd, configuration) =>
                Configure(jwt, azureAd.Value, isDevelopment, configuration));

        services.AddSingleton(new AnonymousAccessPolicy(allowIntrospection: isDevelopment));
        services.AddScoped<IGraphQLRequestGate, AuthenticationGate>();
        services.AddSingleton<Partnership.GraphQL.AspNetCore.WebSockets.IGraphQLWebSocketAuthenticator, WebSocketTokenAuthenticator>();
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, AzureAdOptions azureAd, bool isDevelopment, IConfiguration configuration)
    {
        // Claims keep the names they have in the token (agency, roles, la, idtyp, scp), as Caller reads them.
        jwt.MapInboundClaims = false;
        jwt.RequireHttpsMetadata = !isDevelopment;

        var parameters = jwt.TokenValidationParameters;
        parameters.ValidateIssuer = true;
        parameters.ValidateAudience = true;
        parameters.ValidateLifetime = true;
        parameters.ValidateIssuerSigningKey = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.ClockSkew = TimeSpan.FromMinutes(2);
        parameters.NameClaimType = PartnershipClaimTypes.Name;
        parameters.RoleClaimType = PartnershipClaimTypes.Roles;

        // The audiences the hub documents (its App ID URI and its client id), rather than Identity.Web's guess from the client id.
        var audiences = new List<string>(azureAd.Audiences());
        if (isDevelopment && audiences.Count == 0) audiences.Add(DevelopmentSigningKey.DefaultAudience);
        parameters.AudienceValidator = null;
        parameters.ValidAudiences = audiences;

        // The issuers of the configured tenant (v2.0 tokens name the login one, v1.0 the sts one); any other is refused
        // before Identity.Web's validator, which then checks that the token's tid is the tenant its issuer names.
        var issuers = new List<string>();
        if (!string.IsNullOrWhiteSpace(azureAd.TenantId))
        {
            issuers.Add($"{azureAd.Instance.TrimEnd('/')}/{azureAd.TenantId}/v2.0");
            issuers.Add($"https://sts.windows.net/{azureAd.TenantId}/");
        }
        parameters.ValidIssuers = issuers;
        var entraIssuer = parameters.IssuerValidator;
        // Development: the dev key signs dev-token's tokens, whose issuer is the hub itself.
        if (isDevelopment)
            parameters.IssuerSigningKeys = [DevelopmentSigningKey.LoadOrCreate(configuration[DevelopmentSigningKey.FileSetting])];
        parameters.IssuerValidator = (issuer, token, p) =>
            isDevelopment && issuer == DevelopmentSigningKey.Issuer ? issuer
            : !issuers.Contains(issuer) ? throw new SecurityTokenInvalidIssuerException("The token's issuer is not the configured tenant.")
            : entraIssuer is not null ? entraIssuer(issuer, token, p)
            : issuer;

        // No tenant configured: nothing to fetch; the hub's own issuer is the whole configuration.
        if (isDevelopment && string.IsNullOrWhiteSpace(azureAd.TenantId))
            jwt.Configuration = new OpenIdConnectConfiguration { Issuer = DevelopmentSigningKey.Issuer };
    }
}
