using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Partnership.Data;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.Schema.Audit;
using Partnership.Schema.Policy;
using TokenCaller = Partnership.GraphQL.AspNetCore.Security.Caller;

namespace Partnership.Schema;

/// <summary>
/// The hub's <see cref="IGraphQLExecutor"/>: resolves the caller for the sharing policy (token, organisation, councils, the
/// request's instant and purpose), runs the engine's <see cref="GraphQLExecutor"/>, then writes the access audit of every
/// child's data the response carries — committed before the response is returned. When the audit cannot be written the
/// request fails with <c>AUDIT_FAILED</c> and no data.
/// </summary>
public sealed class HubExecutor(GraphQLExecutor inner, IOptions<SharingOptions> options, TimeProvider time, ILogger<HubExecutor>? logger = null) : IGraphQLExecutor
{
    private readonly OrganisationDirectory organisations = new(options.Value, time);

    /// <summary>Where a transport (the purpose gate) leaves the purpose read from the request header.</summary>
    public const string PurposeKey = "partnership.purpose";

    private readonly ILogger _log = logger ?? NullLogger<HubExecutor>.Instance;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The engine's operation span, opened here so the organisation lookup and the audit are inside it (null when nobody listens).
        using var operation = GraphQLTelemetry.StartOperation();
        var (caller, failure) = await BeginAsync(request, cancellationToken);
        if (failure is not null) return failure;
        if (caller is null) return await inner.ExecuteAsync(request, cancellationToken); // the policy sees no caller: no rows
        var collector = Collect(request, caller);
        var result = await inner.ExecuteAsync(request, cancellationToken);
        return await AuditAsync(request, caller, collector, result);
    }

    /// <summary>
    /// A subscription: the caller is resolved once, and each event is a request of its own — its instant, its access
    /// collector, and its audit entry committed before the event is sent (an event whose audit fails ends the stream).
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, failure) = await BeginAsync(request, cancellationToken);
        if (failure is not null) return new SubscriptionResult(failure, null);
        if (caller is null) return await inner.SubscribeAsync(request, cancellationToken);
        Collect(request, caller);
        var subscribed = await inner.SubscribeAsync(request, cancellationToken);
        return subscribed.Stream is { } stream ? new SubscriptionResult(null, AuditEach(request, caller, stream, cancellationToken)) : subscribed;
    }

    private async IAsyncEnumerable<ExecutionResult> AuditEach(GraphQLRequest request, HubCaller subscriber, IAsyncEnumerable<ExecutionResult> stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var events = stream.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            // The event executes inside MoveNextAsync, with the context data as it is now: a fresh caller instant and collector.
            var caller = new HubCaller(subscriber.Token, subscriber.Organisation, time.GetUtcNow(), subscriber.Purpose);
            var collector = Collect(request, caller);
            if (!await events.MoveNextAsync()) yield break;
            var result = await AuditAsync(request, caller, collector, events.Current);
            yield return result;
            if (result.Failure == RequestFailure.Refused) yield break;
        }
    }

    /// <summary>The caller for the policy (null without a token or services), or the failure that ends the request.</summary>
    private async Task<(HubCaller? Caller, ExecutionResult? Failure)> BeginAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var token = request.ContextData.TryGetValue(TokenCaller.ContextKey, out var c) && c is TokenCaller given
            ? given
            : TokenCaller.FromPrincipal(request.User, out _);
        if (token is null || request.Services is null) return (null, null);
        var purpose = PurposeOf(request, token, out var purposeError);
        if (purposeError is not null) return (null, ExecutionResult.FromErrors(RequestFailure.Refused, purposeError));
        var db = request.Services.GetRequiredService<PartnershipDbContext>();
        var organisation = await organisations.FindAsync(db, token, cancellationToken);
        // Fail closed: sharing is with organisations, so a health, education or housing token must name one the hub knows.
        if (organisation is null && (Partnership.Data.Model.Agency)(int)token.Agency is Partnership.Data.Model.Agency.Health
                or Partnership.Data.Model.Agency.Education or Partnership.Data.Model.Agency.Housing)
            return (null, ExecutionResult.FromErrors(RequestFailure.Refused, new GraphQLError(
                "The access token names no organisation the hub knows ('org' claim); health, education and housing share as an organisation.",
                extensions: new Dictionary<string, object?> { ["code"] = "UNKNOWN_ORGANISATION" })));
        return (new HubCaller(token, organisation, time.GetUtcNow(), purpose!), null);
    }

    private static AccessCollector Collect(GraphQLRequest request, HubCaller caller)
    {
        var collector = new AccessCollector();
        request.ContextData[HubCaller.ContextKey] = caller;
        request.ContextData[AccessCollector.ContextKey] = collector;
        RequestClock.Set(caller.Today, caller.Now);
        return collector;
    }

    /// <summary>Writes the audit of what <paramref name="result"/> carries; the result only when that succeeded.</summary>
    private async Task<ExecutionResult> AuditAsync(GraphQLRequest request, HubCaller caller, AccessCollector collector, ExecutionResult result)
    {
        // Nothing left the hub when the request produced no data (a timeout stops execution and returns none).
        if (collector.IsEmpty || !result.HasData) return result;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var agency = caller.Agency.ToString();
        // No span under a trace that is not sampled (it would not be recorded).
        using var span = System.Diagnostics.Activity.Current is { Recorded: false, IsAllDataRequested: false } ? null : AuditTelemetry.Source.StartActivity("audit.append");
        try
        {
            var db = request.Services!.GetRequiredService<PartnershipDbContext>();
            var operation = $"{(result.OperationType?.ToString() ?? "query").ToLowerInvariant()} {SafeName(collector.OperationName ?? request.OperationName) ?? "(anonymous)"}: {string.Join(", ", collector.RootFields)}";
            var entry = await request.Services!.GetRequiredService<AccessAuditWriter>().WriteAsync(db, caller, collector, operation, CancellationToken.None);
            if (span is { IsAllDataRequested: true }) span.SetTag("partnership.audit.written", entry is not null);
            AuditTelemetry.Record(started, agency, written: true);
            return result;
        }
        catch (Exception e)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "AUDIT_FAILED");
            AuditTelemetry.Record(started, agency, written: false);
            _log.LogError(e, "The access audit could not be written; the response was withheld");
            return ExecutionResult.FromErrors(RequestFailure.Refused, new GraphQLError(
                "The access could not be recorded, so no data is returned. Try again later.",
                extensions: new Dictionary<string, object?> { ["code"] = "AUDIT_FAILED" }));
        }
    }

    // Only a GraphQL name is recorded: free text (which could carry personal data) never reaches the audit.
    private static string? SafeName(string? name) =>
        name is { Length: > 0 and <= 100 } && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? name : null;

    private string? PurposeOf(GraphQLRequest request, TokenCaller token, out GraphQLError? error)
    {
        error = null;
        string? purpose = request.ContextData.TryGetValue(PurposeKey, out var header) ? header as string : null;
        if (purpose is null && request.Extensions?.TryGetValue("purpose", out var extension) == true)
        {
            if (extension is not string text)
            {
                error = BadPurpose("The request extension \"purpose\" must be a string.");
                return null;
            }
            purpose = text;
        }
        if (purpose is null) return options.Value.DefaultPurpose((Partnership.Data.Model.Agency)(int)token.Agency, token.Roles);
        purpose = purpose.Trim();
        if (purpose.Length is 0 or > SharingOptions.MaxPurposeLength || !purpose.All(IsPurposeCharacter))
        {
            error = BadPurpose($"The purpose must be 1 to {SharingOptions.MaxPurposeLength} characters of plain text: no control or formatting characters, no < or >.");
            return null;
        }
        return purpose;
    }

    // The purpose is shown to information governance as written: no markup, and no bidirectional or invisible formatting
    // characters that could make it read as something else.
    private static bool IsPurposeCharacter(char c) =>
        c is not ('<' or '>') && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;

    private static GraphQLError BadPurpose(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = "INVALID_PURPOSE" });
}

/// <summary>Reads the purpose a client states in the <c>Partnership-Purpose</c> header into the request for <see cref="HubExecutor"/>.</summary>
internal sealed class PurposeHeaderGate : IGraphQLRequestGate
{
    public ValueTask<GraphQLRefusal?> CheckAsync(GraphQLGateContext context)
    {
        if (context.HttpContext.Request.Headers.TryGetValue(SharingOptions.PurposeHeader, out var values) && values.Count > 0)
            context.Request.ContextData[HubExecutor.PurposeKey] = values.ToString();
        return ValueTask.FromResult<GraphQLRefusal?>(null);
    }
}
