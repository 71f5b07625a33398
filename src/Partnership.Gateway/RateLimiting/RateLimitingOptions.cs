using Microsoft.Extensions.Options;

namespace Partnership.Gateway.RateLimiting;

/// <summary>
/// Configuration section <c>RateLimiting</c>: how many GraphQL requests one caller may send, and have in flight, at once.
/// A caller is the token's subject (<c>oid</c>, else <c>sub</c>; an application calling as itself is its <c>azp</c> or
/// <c>appid</c>), and a request without a valid token is its client's IP address.
/// </summary>
internal sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Whether the limits apply. On unless configured off (Development turns them off in its settings).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one caller may start per minute (a fixed window of one minute); the next is answered 429.</summary>
    public int PermitsPerMinute { get; set; } = 3000;

    /// <summary>Requests one caller may have in flight at once; more wait in the caller's queue.</summary>
    public int ConcurrentRequestsPerCaller { get; set; } = 8;

    /// <summary>Requests of one caller that may wait for one of its slots; more are answered 429 at once. 0: none wait.</summary>
    public int QueuedRequestsPerCaller { get; set; } = 32;
}

internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var problems = new List<string>();
        if (options.PermitsPerMinute is < 1 or > 1_000_000)
            problems.Add($"RateLimiting:PermitsPerMinute must be between 1 and 1000000 (it is {options.PermitsPerMinute}).");
        if (options.ConcurrentRequestsPerCaller is < 1 or > 10_000)
            problems.Add($"RateLimiting:ConcurrentRequestsPerCaller must be between 1 and 10000 (it is {options.ConcurrentRequestsPerCaller}).");
        if (options.QueuedRequestsPerCaller is < 0 or > 10_000)
            problems.Add($"RateLimiting:QueuedRequestsPerCaller must be between 0 and 10000 (it is {options.QueuedRequestsPerCaller}).");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
