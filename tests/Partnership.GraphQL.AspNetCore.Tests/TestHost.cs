using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Partnership.GraphQL.Errors;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;

namespace Partnership.GraphQL.AspNetCore.Tests;

/// <summary>A fake engine: answers with what the test says and records what it was asked.</summary>
internal sealed class FakeExecutor : IGraphQLExecutor
{
    public Func<GraphQLRequest, ExecutionResult> Answer { get; set; } = _ =>
        new ExecutionResult { Data = new Dictionary<string, object?> { ["__typename"] = "Query" }, OperationType = OperationType.Query };

    public List<GraphQLRequest> Requests { get; } = [];

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(Answer(request));
    }

    public static ExecutionResult Failed(RequestFailure failure, string message = "failed", string code = "X") =>
        ExecutionResult.FromErrors(failure, new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}

/// <summary>An in-memory app with only the transport mapped at /graphql over a <see cref="FakeExecutor"/>.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, FakeExecutor executor)
    {
        _app = app;
        Executor = executor;
        Client = app.GetTestClient();
    }

    public FakeExecutor Executor { get; }

    public HttpClient Client { get; }

    public static async Task<TestHost> StartAsync(Action<GraphQLHttpOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var executor = new FakeExecutor();
        builder.Services.AddSingleton<IGraphQLExecutor>(executor);
        var options = builder.Services.AddPartnershipGraphQLHttp();
        if (configure is not null) options.Configure(configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPartnershipGraphQL();
        await app.StartAsync();
        return new TestHost(app, executor);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
