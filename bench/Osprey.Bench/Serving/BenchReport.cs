using System.Globalization;

namespace Osprey.Bench.Serving;

/// <summary>Formats the serving benchmark's results as the markdown tables docs/benchmarks/serving.md shows.</summary>
internal static class BenchReport
{
    public static List<string> Lines(int[] connections, Dictionary<(string Server, int Connections), Measured> results, Dictionary<int, double> logCost,
        List<string> batch, string logFigures, bool noPeer)
    {
        var lines = new List<string>
        {
            "",
            "| connections | Osprey req/s | p50 ms | p99 ms | Osprey, log off req/s | p50 ms | p99 ms | FastAPI peer req/s | p50 ms | p99 ms | Osprey / peer |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var c in connections)
        {
            var on = results[("osprey", c)].Wrk;
            var off = results[("osprey-nolog", c)].Wrk;
            var peer = noPeer ? null : results[("peer", c)].Wrk;
            var peerCells = peer is null ? "- | - | - | - |"
                : Invariant($"{peer.RequestsPerSecond:N0} | {peer.P50Ms:F2} | {peer.P99Ms:F2} | {on.RequestsPerSecond / peer.RequestsPerSecond:F1}x |");
            lines.Add(Invariant($"| {c} | {on.RequestsPerSecond:N0} | {on.P50Ms:F2} | {on.P99Ms:F2} | {off.RequestsPerSecond:N0} | {off.P50Ms:F2} | {off.P99Ms:F2} | {peerCells}"));
        }
        lines.Add("");
        lines.Add("| connections | logging cost (median of paired runs) | Osprey requests per server CPU-second (log on / off) | Osprey bytes allocated per request (log on / off) | peer requests per server CPU-second | failed requests (all servers) |");
        lines.Add("|---|---|---|---|---|---|");
        foreach (var c in connections)
        {
            var on = results[("osprey", c)];
            var off = results[("osprey-nolog", c)];
            var peer = noPeer ? null : results[("peer", c)];
            var failures = on.Wrk.Failures + off.Wrk.Failures + (peer?.Wrk.Failures ?? 0);
            lines.Add(Invariant($"| {c} | {logCost[c]:P1} | {PerCpu(on):N0} / {PerCpu(off):N0} | {on.BytesPerRequest:N0} / {off.BytesPerRequest:N0} | {(peer is null ? "-" : PerCpu(peer).ToString("N0", CultureInfo.InvariantCulture))} | {failures} |"));
        }
        lines.Add("");
        lines.Add("| batch | connections | requests/s | rows/s | p50 ms | p99 ms |");
        lines.Add("|---|---|---|---|---|---|");
        lines.AddRange(batch);
        lines.Add("");
        lines.Add(logFigures);
        return lines;
    }

    public static string BatchLine(string what, int connections, Measured measured, int rows) =>
        Invariant($"| {what} | {connections} | {measured.Wrk.RequestsPerSecond:N1} | {measured.Wrk.RequestsPerSecond * rows:N0} | {measured.Wrk.P50Ms:F1} | {measured.Wrk.P99Ms:F1} |");

    private static double PerCpu(Measured measured) => measured.CpuSeconds <= 0 ? double.NaN : measured.Wrk.Requests / measured.CpuSeconds;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
