using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using Partnership.Schema.Audit;
using Partnership.Schema.Policy;

namespace Partnership.Schema;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the hub's <see cref="GraphQLSchema"/>, the engine's <see cref="GraphQLExecutor"/> over it, and
    /// <see cref="HubExecutor"/> as the <see cref="IGraphQLExecutor"/> transports call (the caller for the sharing policy, the
    /// audit written before the response). Needs <c>AddPartnershipData</c> (the DbContext) and a <see cref="TimeProvider"/>
    /// (registered as the system clock when absent). <paramref name="configuration"/>, when given, binds sections <c>Sharing</c> and
    /// <c>GraphQL:Limits</c> (<see cref="ExecutionLimitsOptions"/>);
    /// <paramref name="executor"/> replaces the engine's options (introspection, limits, gates) for the schema.
    /// </summary>
    public static IServiceCollection AddPartnershipSchema(this IServiceCollection services, IConfiguration? configuration = null,
        Action<SharingOptions>? configure = null, Func<GraphQLSchema, GraphQLExecutorOptions>? executor = null)
    {
        var options = services.AddOptions<SharingOptions>();
        if (configuration is not null) options.Bind(configuration.GetSection(SharingOptions.Section));
        if (configure is not null) options.Configure(configure);
        options.Validate(o => o.EmergencyAccessDuration > TimeSpan.Zero && o.EmergencyAccessDuration <= TimeSpan.FromDays(7),
            "Sharing:EmergencyAccessDuration must be more than zero and at most 7 days.").ValidateOnStart();
        options.Validate(o => o.EmergencyAccessPerRequest >= 1 && o.EmergencyAccessPerPractitionerPerDay >= 1,
            "Sharing:EmergencyAccessPerRequest and Sharing:EmergencyAccessPerPractitionerPerDay must be at least 1.").ValidateOnStart();
        options.Validate(o => o.CursorKey is null || CursorKeyBytes(o.CursorKey) is { Length: 32 },
            "Sharing:CursorKey must be 32 bytes in base64.").ValidateOnStart();
        var limits = services.AddOptions<ExecutionLimitsOptions>();
        if (configuration is not null) limits.Bind(configuration.GetSection(ExecutionLimitsOptions.Section));
        limits.Validate(o => o.MaxCost >= 0 && o.MaxAliases >= 0 && o.MaxDepth >= 0 && o.DefaultListSize >= 1 && o.ExecutionTimeout >= TimeSpan.Zero,
            "GraphQL:Limits values must not be negative, and DefaultListSize must be at least 1.").ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            // Gateways behind one load balancer share the configured cursor key, so a page's cursor works on any of them.
            if (sp.GetRequiredService<IOptions<SharingOptions>>().Value.CursorKey is { } key) Data.Paging.Cursor.UseKey(CursorKeyBytes(key)!);
            return HubSchema.Create();
        });
        services.AddSingleton(sp =>
        {
            var schema = sp.GetRequiredService<GraphQLSchema>();
            return new GraphQLExecutor(executor?.Invoke(schema)
                ?? sp.GetRequiredService<IOptions<ExecutionLimitsOptions>>().Value.ToExecutorOptions(schema));
        });
        services.AddSingleton<AuditGroupCommit>();
        services.AddSingleton(sp => new AccessAuditWriter(sp.GetRequiredService<IOptions<SharingOptions>>().Value, sp.GetRequiredService<AuditGroupCommit>()));
        services.AddSingleton<HubExecutor>();
        services.AddSingleton<IGraphQLExecutor>(sp => sp.GetRequiredService<HubExecutor>());
        services.AddSingleton<IGraphQLRequestGate, PurposeHeaderGate>();
        return services;
    }

    private static byte[]? CursorKeyBytes(string key)
    {
        try { return Convert.FromBase64String(key); }
        catch (FormatException) { return null; }
    }
}
