using Microsoft.Extensions.Options;

namespace Partnership.Gateway.Auth;

/// <summary>
/// Where access tokens come from, shaped like Microsoft.Identity.Web's <c>AzureAd</c> section so a deployment points
/// the hub at its Entra ID tenant: <c>Instance</c>, <c>TenantId</c>, <c>ClientId</c>, <c>Audience</c>.
/// </summary>
public sealed class AzureAdOptions
{
    public const string SectionName = "AzureAd";

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The Entra tenant (GUID or verified domain). Required outside Development.</summary>
    public string? TenantId { get; set; }

    /// <summary>The hub's app registration (application id); accepted as an audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The App ID URI the tokens are issued for (for example <c>api://partnership-hub</c>); accepted as an audience.</summary>
    public string? Audience { get; set; }

    /// <summary>The audiences a token may carry.</summary>
    public IReadOnlyList<string> Audiences()
    {
        var list = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(Audience)) list.Add(Audience);
        if (!string.IsNullOrWhiteSpace(ClientId) && ClientId != Audience) list.Add(ClientId);
        return list;
    }

    /// <summary>The OpenID Connect authority (v2.0 endpoint) of the tenant, when one is configured.</summary>
    public string? Authority => string.IsNullOrWhiteSpace(TenantId) ? null : $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}

internal sealed class AzureAdOptionsValidator(bool isDevelopment) : IValidateOptions<AzureAdOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureAdOptions options)
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
            problems.Add("AzureAd:Instance must be an absolute https URL (for example https://login.microsoftonline.com/).");
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            if (!isDevelopment)
                problems.Add("AzureAd:TenantId is required outside Development: set it to the Entra ID tenant that issues the hub's tokens.");
        }
        else if (!Guid.TryParse(options.TenantId, out _) && !options.TenantId.Contains('.', StringComparison.Ordinal))
            problems.Add("AzureAd:TenantId must be a tenant GUID or a verified domain name.");
        if (!isDevelopment && options.Audiences().Count == 0)
            problems.Add("AzureAd:Audience or AzureAd:ClientId is required outside Development: tokens are accepted only for this audience.");
        else if (!isDevelopment && string.IsNullOrWhiteSpace(options.ClientId))
            problems.Add("AzureAd:ClientId is required outside Development: the application id of the hub's app registration (Microsoft.Identity.Web needs it).");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
