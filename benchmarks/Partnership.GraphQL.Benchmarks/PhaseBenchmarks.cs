using System.Buffers;
using BenchmarkDotNet.Attributes;
using Partnership.GraphQL.Execution;
using Partnership.GraphQL.Language;
using Partnership.GraphQL.Validation;

namespace Partnership.GraphQL.Benchmarks;

/// <summary>
/// Each phase on its own, per document: parse (text → AST), validate (all specified rules, one traversal),
/// execute (a validated document against the plain-data root value, no serialization).
/// </summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private Documents _documents = null!;
    private string _text = null!;
    private DocumentNode _document = null!;
    private IReadOnlyDictionary<string, object?>? _variables;

    [ParamsSource(nameof(DocumentNames))]
    public string Document { get; set; } = "small";

    public static IEnumerable<string> DocumentNames => Documents.Names;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Documents.Load();
        _text = _documents.Text[Document];
        _document = _documents.Parsed[Document];
        _variables = _documents.Variables[Document];
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_documents.Schema, _document).Count;

    [Benchmark]
    public async Task<object?> Execute()
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = _documents.Schema,
            Document = _document,
            RootValue = _documents.RootValue,
            VariableValues = _variables,
        });
        return result.Data;
    }
}

/// <summary>
/// The whole request as a server runs it without a cache: parse + validate + execute + write the JSON response
/// (the throughput issue 2 sets a target for: at least 3 times graphql-js's); and the hub's real path through
/// <see cref="GraphQLExecutor"/>, whose document cache lets a repeated query skip parsing and validation
/// (its allocations should stay flat as the document repeats).
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Documents _documents = null!;
    private string _text = null!;
    private IReadOnlyDictionary<string, object?>? _variables;
    private GraphQLExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [ParamsSource(nameof(DocumentNames))]
    public string Document { get; set; } = "small";

    public static IEnumerable<string> DocumentNames => Documents.Names;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Documents.Load();
        _text = _documents.Text[Document];
        _variables = _documents.Variables[Document];
        _executor = new GraphQLExecutor(new GraphQLExecutorOptions { Schema = _documents.Schema, RootValue = _documents.RootValue });
        _request = new GraphQLRequest { Query = _text, Variables = _variables };
    }

    [Benchmark]
    public async Task<int> CachedExecutor()
    {
        var result = await _executor.ExecuteAsync(_request);
        if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
        return Documents.Serialize(result, _buffer);
    }

    [Benchmark]
    public async Task<int> ParseValidateExecute()
    {
        var document = Parser.Parse(_text);
        var errors = DocumentValidator.Validate(_documents.Schema, document);
        if (errors.Count > 0) throw new InvalidOperationException(errors[0].Message);
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = _documents.Schema,
            Document = document,
            RootValue = _documents.RootValue,
            VariableValues = _variables,
        });
        return Documents.Serialize(result, _buffer);
    }
}
