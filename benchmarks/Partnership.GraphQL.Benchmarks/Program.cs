using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Partnership.GraphQL.Benchmarks -- --filter '*'
// (see benchmarks/README.md; benchmarks/node/bench.mjs times the same documents in graphql-js 17.1.0)
BenchmarkSwitcher.FromAssembly(typeof(Partnership.GraphQL.Benchmarks.Documents).Assembly).Run(args);
