using Microsoft.Extensions.Options;

namespace Partnership.Gateway.Cors;

/// <summary>Configuration section <c>Cors</c>: which browser origins may call the hub from their pages.</summary>
internal sealed class PartnershipCorsOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins such as <c>https://portal.example.org</c>; none (the default) sends no CORS headers at all.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight's answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}

internal sealed class PartnershipCorsOptionsValidator : IValidateOptions<PartnershipCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnershipCorsOptions options)
    {
        var problems = new List<string>();
        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.GetLeftPart(UriPartial.Authority) != origin.TrimEnd('/'))
                problems.Add($"Cors:AllowedOrigins: '{origin}' is not an origin (scheme, host and optional port, such as https://portal.example.org; no path and no '*').");
        }
        if (options.PreflightMaxAge < TimeSpan.Zero || options.PreflightMaxAge > TimeSpan.FromDays(1))
            problems.Add($"Cors:PreflightMaxAge must be between 0 and 1 day (it is {options.PreflightMaxAge}).");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

/// <summary>
/// Cross-origin calls from browser pages, for the origins in <c>Cors:AllowedOrigins</c> only: GET and POST, with the
/// headers a GraphQL client sends (Authorization, Content-Type, Accept, Partnership-Purpose). Tokens travel as bearer
/// headers, never cookies, so credentials are not allowed. With no origins configured the middleware is not added:
/// no CORS headers, and a preflight is answered 405 by the GraphQL endpoint.
/// </summary>
internal static class CorsSetup
{
    public const string PolicyName = "partnership";

    public static WebApplicationBuilder AddPartnershipCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<PartnershipCorsOptions>, PartnershipCorsOptionsValidator>();
        builder.Services.AddOptions<PartnershipCorsOptions>().BindConfiguration(PartnershipCorsOptions.SectionName).ValidateOnStart();
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<PartnershipCorsOptions>>((cors, partnership) =>
            {
                var value = partnership.Value;
                cors.AddPolicy(PolicyName, policy => policy
                    .WithOrigins(value.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
                    .WithMethods("GET", "POST")
                    .WithHeaders("Authorization", "Content-Type", "Accept", "Partnership-Purpose")
                    .SetPreflightMaxAge(value.PreflightMaxAge));
            });
        return builder;
    }

    public static WebApplication UsePartnershipCors(this WebApplication app)
    {
        var origins = app.Services.GetRequiredService<IOptions<PartnershipCorsOptions>>().Value.AllowedOrigins;
        if (origins.Length > 0) app.UseCors(PolicyName);
        return app;
    }
}
