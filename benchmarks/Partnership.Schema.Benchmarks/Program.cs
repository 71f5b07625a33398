using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Partnership.Schema.Benchmarks -- --filter '*'
// The cost of the sharing policy: one query as social care and as police, with the hub's policy and with it switched off.
BenchmarkSwitcher.FromAssembly(typeof(Partnership.Schema.Benchmarks.PolicyCost).Assembly).Run(args);
