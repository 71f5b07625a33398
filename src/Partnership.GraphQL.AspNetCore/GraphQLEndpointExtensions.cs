using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Http;
using Partnership.GraphQL.AspNetCore.Ide;
using Partnership.GraphQL.AspNetCore.Persisted;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore;

/// <summary>Registers and maps the GraphQL over HTTP endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Adds the transport's options (validated at start). The engine (<see cref="Execution.IGraphQLExecutor"/>) and any
    /// <see cref="IGraphQLRequestGate"/> are registered separately.
    /// </summary>
    public static OptionsBuilder<GraphQLHttpOptions> AddPartnershipGraphQLHttp(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<GraphQLHttpOptions>, GraphQLHttpOptionsValidator>();
        services.TryAddSingleton<PersistedDocumentResolver>();
        services.TryAddSingleton<WebSockets.GraphQLWebSocketConnections>();
        return services.AddOptions<GraphQLHttpOptions>()
            .PostConfigure(o => o.ParseDocument ??= static query => Parser.Parse(query))
            .PostConfigure<IServiceProvider>((o, sp) =>
            {
                // A relative trusted-documents path is relative to the content root (where appsettings.json is).
                if (o.TrustedDocuments.Path is { Length: > 0 } path && !Path.IsPathRooted(path)
                    && sp.GetService<IHostEnvironment>() is { } environment)
                    o.TrustedDocuments.Path = Path.Combine(environment.ContentRootPath, path);
            })
            .ValidateOnStart();
    }

    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/> (POST, and GET for queries), the GraphiQL IDE for browsers
    /// at the same path, the IDE's assets under <c>{path}/ide/</c>, and the schema's SDL at <c>{path}?sdl</c> and
    /// <c>{path}/schema.graphql</c> (for whoever may introspect).
    /// </summary>
    public static IEndpointConventionBuilder MapPartnershipGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!path.StartsWith('/')) throw new ArgumentException("The GraphQL path must start with '/'.", nameof(path));
        var services = endpoints.ServiceProvider;
        var ide = new GraphiQLPage(path);
        var handler = new GraphQLHttpHandler(
            services.GetRequiredService<IOptionsMonitor<GraphQLHttpOptions>>(),
            ide,
            services.GetRequiredService<PersistedDocumentResolver>(),
            services.GetRequiredService<ILogger<GraphQLHttpHandler>>(),
            services.GetService<WebSockets.GraphQLWebSocketConnections>() ?? new WebSockets.GraphQLWebSocketConnections());

        endpoints.MapGet(path.TrimEnd('/') + "/" + GraphiQLPage.AssetSegment + "/{file}",
                (HttpContext http, string file) => ide.WriteAssetAsync(http, file))
            .ExcludeFromDescription();
        endpoints.MapGet(path.TrimEnd('/') + "/schema.graphql", handler.HandleSdlAsync)
            .WithDisplayName("GraphQL SDL " + path).ExcludeFromDescription();
        return endpoints.Map(path, handler.HandleAsync).WithDisplayName("GraphQL " + path);
    }
}

internal sealed class GraphQLHttpOptionsValidator : IValidateOptions<GraphQLHttpOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLHttpOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
