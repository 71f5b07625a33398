using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.AspNetCore.Security;

namespace Partnership.Gateway.Auth;

/// <summary>JWT bearer authentication against the configured Entra tenant, plus the local dev key in Development.</summary>
internal static class AuthenticationSetup
{
    public static WebApplicationBuilder AddPartnershipAuthentication(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<AzureAdOptions>>(new AzureAdOptionsValidator(isDevelopment));
        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.SectionName).ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
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
        // Claims keep the names they have in the token (agency, roles, la, idtyp), as Caller reads them.
        jwt.MapInboundClaims = false;
        jwt.RequireHttpsMetadata = !isDevelopment;
        if (azureAd.Authority is { } authority) jwt.Authority = authority;

        var audiences = new List<string>(azureAd.Audiences());
        var issuers = new List<string>();
        if (!string.IsNullOrWhiteSpace(azureAd.TenantId))
        {
            // v2.0 tokens name the v2 issuer (also read from the metadata); v1.0 access tokens the sts one.
            issuers.Add($"{azureAd.Instance.TrimEnd('/')}/{azureAd.TenantId}/v2.0");
            issuers.Add($"https://sts.windows.net/{azureAd.TenantId}/");
        }
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            NameClaimType = PartnershipClaimTypes.Name,
            RoleClaimType = PartnershipClaimTypes.Roles,
        };
        if (isDevelopment)
        {
            issuers.Add(DevelopmentSigningKey.Issuer);
            if (audiences.Count == 0) audiences.Add(DevelopmentSigningKey.DefaultAudience);
            parameters.IssuerSigningKeys = [DevelopmentSigningKey.LoadOrCreate(configuration[DevelopmentSigningKey.FileSetting])];
        }
        parameters.ValidAudiences = audiences;
        parameters.ValidIssuers = issuers;
        jwt.TokenValidationParameters = parameters;
    }
}
