using Osprey.Bench.Alerts;
using Osprey.Bench.Checks;
using Osprey.Bench.Drift;
using Osprey.Bench.Pipelines;
using Osprey.Bench.Serving;
using Osprey.Bench.Tracking;

// Benchmarks compare Osprey with the tools a team would otherwise pick; see docs/benchmarks/.
var area = args.Length > 0 ? args[0] : "help";
switch (area)
{
    case "tracking":
        return await TrackingBenchmark.RunAsync(args[1..]);
    case "pipelines":
        return await PipelineBenchmark.RunAsync(args[1..]);
    case "serving":
        return await ServingBenchmark.RunAsync(args[1..]);
    case "checks":
        return ChecksBenchmark.Run(args[1..]);
    case "drift":
        return await DriftBenchmark.RunAsync(args[1..]);
    case "alerts":
        return await AlertBenchmark.RunAsync(args[1..]);
    default:
        Console.WriteLine("usage: dotnet run -c Release --project bench/Osprey.Bench -- tracking [--runs 100000] [--home DIR] [--rounds 3] | pipelines [--tasks 1000] [--rounds 3] [--workers 2] [--slots 4] | serving | checks [--rows 1000000] [--rounds 3] | drift [--rows 1000000] [--rounds 3] [--dir DIR] | alerts [--aliases 1000] [--seconds 10] [--rounds 3]");
        return area == "help" ? 0 : 2;
}
