using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Partnership.Schema.Benchmarks -- --filter '*'
// The cost of the sharing policy: one query as social care and as police, with the hub's policy and with it switched off.
// `-- profile [iterations] [query.case]` prints where a request's time goes instead (database commands, query compilations).
if (args is ["profile", ..])
{
    await Partnership.Schema.Benchmarks.PolicyProfile.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 30, args.Length > 2 ? args[2] : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Partnership.Schema.Benchmarks.PolicyCost).Assembly).Run(args);
