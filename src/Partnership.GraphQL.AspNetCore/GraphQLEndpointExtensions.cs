using Partnership.GraphQL.Language;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Partnership.GraphQL.AspNetCore.Http;
using Partnership.GraphQL.AspNetCore.Ide;

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
        return services.AddOptions<GraphQLHttpOptions>()
            .PostConfigure(o => o.ParseDocument ??= static query => Parser.Parse(query))
            .ValidateOnStart();
    }

    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/> (POST, and GET for queries), the GraphiQL IDE for browsers
    /// at the same path, and the IDE's assets under <c>{path}/ide/</c>.
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
            services.GetRequiredService<ILogger<GraphQLHttpHandler>>());

        endpoints.MapGet(path.TrimEnd('/') + "/" + GraphiQLPage.AssetSegment + "/{file}",
                (HttpContext http, string file) => ide.WriteAssetAsync(http, file))
            .ExcludeFromDescription();
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
