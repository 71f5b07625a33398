using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Data.Identifiers;
using Partnership.Data.Model;
using Partnership.GraphQL.Types;
using Partnership.Schema.Tests.Hub;

namespace Partnership.Schema.Tests.Leak;

/// <summary>The outcome of a leak run for one agency: counts, time, and the first examples of each kind of problem.</summary>
internal sealed class LeakReport
{
    public int Requests, Rejected, FollowUps, Leaks, Mismatches;
    public long HubTicks, CheckTicks;
    public ConcurrentDictionary<string, int> RejectedKinds { get; } = new();
    public TimeSpan Elapsed;
    public ConcurrentQueue<string> LeakExamples { get; } = new();
    public ConcurrentQueue<string> MismatchExamples { get; } = new();
    public ConcurrentDictionary<string, int> MismatchKinds { get; } = new();
    /// <summary>Rows returned and checked, per root connection or node type (shows what the run actually exercised).</summary>
    public ConcurrentDictionary<string, int> RowsChecked { get; } = new();

    public override string ToString() =>
        $"{Requests} requests ({FollowUps} follow-up pages, {Rejected} rejected as a whole) in {Elapsed.TotalSeconds:F1}s " +
        $"(hub {TimeSpan.FromTicks(HubTicks).TotalSeconds:F1}s, oracle and checks {TimeSpan.FromTicks(CheckTicks).TotalSeconds:F1}s, summed over lanes): {Leaks} leaks, {Mismatches} mismatches; " +
        $"rows checked: {string.Join(", ", RowsChecked.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}";
}

/// <summary>Runs generated requests for the callers of one agency against the hub in-process and checks each against the oracle.</summary>
internal sealed class LeakRunner(LeakWorld world, Oracle oracle, HubHost host)
{
    public LeakRunner(LeakFixtureBase fixture) : this(fixture.World, fixture.Oracle, fixture.Host) { }

    private readonly LeakSecrets _secrets = new(world);
    private readonly GraphQLSchema _schema = host.Services.GetRequiredService<GraphQLSchema>();
    private GraphQLSchema Schema => _schema;

    public async Task<LeakReport> RunAsync(Agency agency, int queries, int seed)
    {
        var report = new LeakReport();
        var callers = LeakCaller.For(world, agency);
        var sw = Stopwatch.StartNew();
        var perCaller = (queries + callers.Count - 1) / callers.Count;
        // Lanes in all (not per caller): SQLite serialises the audit writes, so more lanes than cores only queue.
        var lanes = Math.Max(1, (LeakSettings.Parallel + callers.Count - 1) / callers.Count);
        var tasks = new List<Task>();
        foreach (var caller in callers)
        {
            for (var lane = 0; lane < lanes; lane++)
            {
                var count = perCaller / lanes + (lane < perCaller % lanes ? 1 : 0);
                var laneSeed = HashCode.Combine(seed, caller.Name, lane);
                tasks.Add(Task.Run(() => LaneAsync(caller, count, laneSeed, report)));
            }
        }
        await Task.WhenAll(tasks);
        report.Elapsed = sw.Elapsed;
        return report;
    }

    private async Task LaneAsync(LeakCaller caller, int count, int seed, LeakReport report)
    {
        var rng = new Random(seed);
        var generator = Generator(caller, rng);
        var token = Token(caller);
        for (var i = 0; i < count; i++)
        {
            var query = generator.Next();
            var json = await RunAsync(token, caller, query, rng, report);
            // A second page through the first connection's cursor, forward or backward.
            if (json?["data"] is JsonObject data && query.Roots.FirstOrDefault(r => r.Connection is not null && data[r.Key] is JsonObject) is { } conn
                && rng.Next(3) == 0 && FollowUp(generator, conn, (JsonObject)data[conn.Key]!, rng, LookedUp(query)) is { } next)
            {
                Interlocked.Increment(ref report.FollowUps);
                var follow = new LeakQuery();
                follow.Roots.Add(next);
                await RunAsync(token, caller, follow, rng, report);
            }
        }
    }

    /// <summary>The token the hub sees for <paramref name="caller"/>.</summary>
    public static TestCaller Token(LeakCaller caller) =>
        new(Hub(caller.Agency), caller.Subject, caller.Councils, caller.OrganisationId?.ToString(), caller.Roles, caller.IsSystem);

    /// <summary>A generator of requests for <paramref name="caller"/> over this runner's world and schema.</summary>
    public LeakGenerator Generator(LeakCaller caller, Random rng) => new(world, oracle, caller, rng, Has);

    /// <summary>Runs one request and checks the response against the oracle, counting into <paramref name="report"/>.</summary>
    public async Task<JsonObject?> RunAsync(TestCaller token, LeakCaller caller, LeakQuery query, Random rng, LeakReport report)
    {
        query.Print(rng, ArgumentType, TypeOf);
        var start = Stopwatch.GetTimestamp();
        var response = await host.RunAsync(token, query.Text, query.Variables.Count > 0 ? query.Variables : null);
        var hub = Stopwatch.GetTimestamp();
        Interlocked.Add(ref report.HubTicks, Stopwatch.GetElapsedTime(start, hub).Ticks);
        Interlocked.Increment(ref report.Requests);
        if (response.Json["data"] is null)
        {
            Interlocked.Increment(ref report.Rejected);
            var message = response.Json["errors"]?[0]?["message"]?.GetValue<string>() ?? "";
            report.RejectedKinds.AddOrUpdate(message.Length > 120 ? message[..120] : message, 1, (_, n) => n + 1);
        }
        var view = new RequestView(caller, LookedUp(query));
        var checker = new LeakChecker(oracle, view, query, response.Json, _secrets);
        var problems = checker.Check();
        foreach (var (kind, n) in checker.RowsChecked) report.RowsChecked.AddOrUpdate(kind, n, (_, m) => m + n);
        Interlocked.Add(ref report.CheckTicks, Stopwatch.GetElapsedTime(hub).Ticks);
        if (problems.Leaks.Count > 0)
        {
            Interlocked.Add(ref report.Leaks, problems.Leaks.Count);
            if (report.LeakExamples.Count < 15) report.LeakExamples.Enqueue(Example(caller, query, problems.Leaks, response));
        }
        if (problems.Mismatches.Count > 0)
        {
            Interlocked.Add(ref report.Mismatches, problems.Mismatches.Count);
            foreach (var m in problems.Mismatches) report.MismatchKinds.AddOrUpdate(Kind(m), 1, (_, n) => n + 1);
            if (report.MismatchExamples.Count < 15) report.MismatchExamples.Enqueue(Example(caller, query, problems.Mismatches, response));
        }
        return response.Json;
    }

    private static string Kind(string problem)
    {
        if (problem.StartsWith("NOT_AUTHORIZED at ", StringComparison.Ordinal))
            return "NOT_AUTHORIZED at " + string.Join(".", problem[18..problem.IndexOf(',')].Split('.').Where(p => !int.TryParse(p, out _)).TakeLast(2)) + ", which the oracle shows";
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        var path = colon < 0 ? problem : problem[..colon];
        var field = string.Join(".", path.Split('.').Where(p => !int.TryParse(p, out _)).TakeLast(2));
        var rest = colon < 0 ? "" : problem[(colon + 2)..];
        return $"{field}: {new string(rest.TakeWhile(ch => ch != '{' && ch != '"' && !char.IsDigit(ch)).ToArray()).Trim()}";
    }

    private static string Example(LeakCaller caller, LeakQuery query, List<string> problems, Response response)
    {
        var json = response.Json.ToJsonString();
        return $"caller: {caller.Name} ({caller.Agency}, org {caller.OrganisationId}, councils {string.Join(",", caller.Councils)})\n" +
               $"query: {query.Text.Trim()}\nvariables: {System.Text.Json.JsonSerializer.Serialize(query.Variables)}\n" +
               $"problems:\n  {string.Join("\n  ", problems.Take(5))}\nresponse: {(json.Length > 1500 ? json[..1500] + "…" : json)}\n";
    }

    private static Sel? FollowUp(LeakGenerator generator, Sel conn, JsonObject value, Random rng, IReadOnlySet<string> lookups)
    {
        var args = conn.Connection!;
        var items = (value["nodes"] ?? value["edges"]) as JsonArray;
        var info = value["pageInfo"] as JsonObject;
        if (items is null || items.Count == 0 || info is null) return null;
        JsonNode? Id(int i) => (value["nodes"] is not null ? items[i] : items[i]?["node"])?["id"];
        var backward = rng.Next(2) == 0;
        var cursor = (backward ? info["startCursor"] : info["endCursor"])?.GetValue<string>();
        var rowId = Id(backward ? 0 : items.Count - 1)?.GetValue<string>();
        if (cursor is null || rowId is null || !Guid.TryParse(Partnership.Schema.Data.Paging.GlobalId.Decode(rowId).Key, out var row)) return null;
        var size = 1 + rng.Next(25);
        var next = backward
            ? new ConnectionArgs(args.Where, args.Order, null, size, null, cursor) { CursorRow = row, CursorLookups = lookups }
            : new ConnectionArgs(args.Where, args.Order, size, null, cursor, null) { CursorRow = row, CursorLookups = lookups };
        return conn.Field switch
        {
            "children" => generator.ChildrenConnection(next, paged: false),
            "conferences" => generator.ConferencesConnection(next, paged: false),
            _ => generator.MeetingsConnection(next, paged: false),
        };
    }

    /// <summary>The NHS numbers the request looks up: protectionStatus arguments and a top-level <c>nhsNumber: {eq}</c> of <c>children</c>.</summary>
    private static HashSet<string> LookedUp(LeakQuery query)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in query.Roots)
        {
            if (root.Field == "protectionStatus" && NhsNumber.TryParse((string?)root.Args["nhsNumber"], out var n)) set.Add(n.Value);
            if (root.Field == "children" && root.Connection?.Where?.GetValueOrDefault("nhsNumber") is Dictionary<string, object?> ops
                && ops.GetValueOrDefault("eq") is string text && NhsNumber.TryParse(text, out var m)) set.Add(m.Value);
        }
        return set;
    }

    private static string Hub(Agency agency) => LeakGenerator.Const(agency);

    /// <summary>Whether the schema has the field (<c>Type.field</c>), so requests follow the schema as it grows.</summary>
    public bool Has(string typeAndField)
    {
        var dot = typeAndField.IndexOf('.');
        return Schema.GetType(typeAndField[..dot]) switch
        {
            ObjectType o => o.GetField(typeAndField[(dot + 1)..]) is not null,
            InputObjectType i => i.GetField(typeAndField[(dot + 1)..]) is not null,
            _ => false,
        };
    }

    private string ArgumentType(Sel sel, string argument) =>
        Schema.QueryType!.GetField(sel.Field)!.Arguments.First(a => a.Name == argument).Type.ToString();

    private string? TypeOf(string typeAndField)
    {
        var dot = typeAndField.IndexOf('.');
        var type = Schema.GetType(typeAndField[..dot]);
        var field = typeAndField[(dot + 1)..];
        return type switch
        {
            ObjectType o => o.GetField(field)?.Type.GetNamedType().Name,
            InterfaceType i => i.GetField(field)?.Type.GetNamedType().Name,
            _ => null,
        };
    }
}
