using System.Data.Common;
using System.Diagnostics;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query;
#pragma warning disable EF1001 // the profile counts through EF Core's internal SQLite processor

namespace Partnership.Schema.Benchmarks;

/// <summary>
/// Where a request's time goes (not a benchmark: a quick breakdown to decide what to optimise). Runs each case of
/// <see cref="PolicyCost"/> many times and prints the mean wall time per request, the time inside database commands
/// (from sending a command to disposing its reader), the number of commands, and how many queries EF Core had to compile.
/// <c>dotnet run -c Release --project benchmarks/Partnership.Schema.Benchmarks -- profile [iterations]</c>
/// </summary>
internal static class PolicyProfile
{
    public static async Task RunAsync(int iterations, string? only = null)
    {
        var counter = new Counter();
        foreach (var query in new[] { "children", "strategyMeetings" }.Where(q => only is null || only.StartsWith(q + ".", StringComparison.Ordinal)))
        {
            void Configure(DbContextOptionsBuilder b)
            {
                if (Environment.GetEnvironmentVariable("PROFILE_JSON_COLLECTIONS") == "1")
                    new Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder(b).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
                b.ReplaceService<IRelationalParameterBasedSqlProcessorFactory, CountingSqlProcessorFactory>();
                b.AddInterceptors(counter).LogTo(_ => counter.Compiled++, [CoreEventId.QueryCompilationStarting]);
            }
            var bench = new PolicyCost { Query = query, ConfigureDb = Configure };
            bench.Setup();
            try
            {
                foreach (var (name, off, police) in new[] { ("SocialCare_PolicyOff", true, false), ("SocialCare_Policy", false, false), ("Police_PolicyOff", true, true), ("Police_Policy", false, true) })
                {
                    if (only is not null && only != query + "." + name) continue;
                    for (int i = 0; i < 5; i++) await bench.RunOnce(off, police);
                    counter.Reset();
                    CountingSqlProcessor.Generated = CountingSqlProcessor.Uncacheable = 0;
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var sw = Stopwatch.StartNew();
                    for (int i = 0; i < iterations; i++) await bench.RunOnce(off, police);
                    sw.Stop();
                    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    Console.WriteLine($"{query,-17} {name,-21} {sw.Elapsed.TotalMilliseconds / iterations,8:F2} ms/request  cpu {cpu.TotalMilliseconds / iterations,8:F2} ms  db {counter.Elapsed.TotalMilliseconds / iterations,8:F2} ms  " +
                        $"{(double)counter.Commands / iterations,5:F1} commands  {(double)counter.Compiled / iterations,4:F1} compilations  " +
                        $"{(double)CountingSqlProcessor.Generated / iterations,4:F1} SQL generations ({(double)CountingSqlProcessor.Uncacheable / iterations,4:F1} uncacheable)");
                    foreach (var (kind, (count, ticks)) in counter.Kinds.OrderByDescending(k => k.Value.Ticks))
                        Console.WriteLine($"    {kind,-40} {(double)count / iterations,5:F1} x  {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds / iterations,8:F2} ms");
                }
            }
            finally { bench.Cleanup(); }
        }
    }

    // Counts how often EF Core turns a compiled query into SQL text (a relational command cache miss) and why.
    private sealed class CountingSqlProcessorFactory(RelationalParameterBasedSqlProcessorDependencies dependencies) : IRelationalParameterBasedSqlProcessorFactory
    {
        public RelationalParameterBasedSqlProcessor Create(RelationalParameterBasedSqlProcessorParameters parameters) => new CountingSqlProcessor(dependencies, parameters);
    }

    private sealed class CountingSqlProcessor(RelationalParameterBasedSqlProcessorDependencies dependencies, RelationalParameterBasedSqlProcessorParameters parameters)
        : Microsoft.EntityFrameworkCore.Sqlite.Query.Internal.SqliteParameterBasedSqlProcessor(dependencies, parameters)
    {
        public static int Generated, Uncacheable;

        public override Expression Process(Expression queryExpression, ParametersCacheDecorator parametersDecorator)
        {
            var result = base.Process(queryExpression, parametersDecorator);
            Generated++;
            if (!parametersDecorator.CanCache)
            {
                Uncacheable++;
                if (Environment.GetEnvironmentVariable("PROFILE_DUMP_UNCACHEABLE") is { Length: > 0 } dump)
                    File.AppendAllText(dump, "-----\n" + new ExpressionPrinter().PrintExpression(queryExpression) + "\n");
            }
            return result;
        }
    }

    private sealed class Counter : DbCommandInterceptor
    {
        private readonly Dictionary<DbCommand, long> _started = [];
        public long Ticks;
        public int Commands, Compiled;
        public readonly Dictionary<string, (int Count, long Ticks)> Kinds = [];
        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Ticks);

        public void Reset() { Ticks = 0; Commands = 0; Compiled = 0; Kinds.Clear(); }

        private void Begin(DbCommand command)
        {
            Commands++;
            _started[command] = Stopwatch.GetTimestamp();
            if (Environment.GetEnvironmentVariable("PROFILE_DUMP_SQL") is { Length: > 0 } dump) File.AppendAllText(dump, "-----\n" + command.CommandText + "\n");
        }

        private void End(DbCommand command)
        {
            if (!_started.Remove(command, out var start)) return;
            var t = Stopwatch.GetTimestamp() - start;
            Ticks += t;
            var kind = Kind(command.CommandText);
            Kinds[kind] = Kinds.TryGetValue(kind, out var k) ? (k.Count + 1, k.Ticks + t) : (1, t);
        }

        // The statement's verb and first table, to group the commands of a request.
        private static string Kind(string sql)
        {
            var text = sql.TrimStart();
            var verb = text.Split(' ', 2)[0];
            var from = verb.Equals("SELECT", StringComparison.OrdinalIgnoreCase) ? text.IndexOf("FROM \"", StringComparison.Ordinal) : text.IndexOf('"');
            if (verb.Equals("SELECT", StringComparison.OrdinalIgnoreCase) && from >= 0) from += 5;
            var table = from < 0 ? "" : text[from..].Split('"', 3)[1];
            return verb + " " + table;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Begin(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            End(command);
            return base.DataReaderDisposing(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Begin(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            End(command);
            return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Begin(command);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            End(command);
            return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
        }
    }
}
