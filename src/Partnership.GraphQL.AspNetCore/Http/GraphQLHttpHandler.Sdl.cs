using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Types;
using Partnership.GraphQL.Utilities;

namespace Partnership.GraphQL.AspNetCore.Http;

/// <summary>The schema's SDL as text, at <c>GET {path}?sdl</c> and <c>GET {path}/schema.graphql</c>.</summary>
internal sealed partial class GraphQLHttpHandler
{
    public const string SdlParameter = "sdl";

    /// <summary>
    /// The SDL says what introspection says, so it is gated as an introspection query: the request gates see
    /// this document, and refuse it where they would refuse introspection (without a token in Production).
    /// </summary>
    private const string SdlGateDocument = "query SchemaDefinition { __schema { queryType { name } } }";

    private string? _sdl;

    /// <summary>The endpoint of <c>{path}/schema.graphql</c>.</summary>
    public async Task HandleSdlAsync(HttpContext http)
    {
        var info = new GraphQLRequestInfo();
        http.Features.Set(info);
        await WriteSdlAsync(http, _options.CurrentValue, info);
    }

    private async Task WriteSdlAsync(HttpContext http, GraphQLHttpOptions options, GraphQLRequestInfo info)
    {
        if (http.RequestServices.GetService<GraphQLSchema>() is not { } schema)
        {
            await WriteProblemAsync(http, ResponseMediaType.Json, info,
                new HttpProblem(404, HttpProblem.NotFound, "This endpoint publishes no schema."));
            return;
        }
        info.OperationName = "SchemaDefinition";
        var request = new GraphQLRequest
        {
            Query = SdlGateDocument,
            OperationName = info.OperationName,
            AllowedOperations = AllowedOperations.Query,
            Services = http.RequestServices,
            User = http.User,
        };
        if (await RunGatesAsync(http, options, request) is { } refusal)
        {
            info.Failure = RequestFailure.Refused;
            await WriteErrorAsync(http, refusal.StatusCode, ResponseMediaType.Json, info, refusal.Error);
            return;
        }
        _sdl ??= SchemaPrinter.PrintSchema(schema) + "\n";
        var response = http.Response;
        response.StatusCode = 200;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        await response.WriteAsync(_sdl, http.RequestAborted);
    }
}
