using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks.Scans;

namespace Osprey.Core.Monitoring.Checks;

/// <summary>Runs a suite of checks on a table in one pass: checks are grouped into lanes by the column they read, and each lane reads its column once, block by block, feeding every check on it.</summary>
/// <remarks>Lanes run in parallel; a block is small enough to stay in cache while each check of the lane reads it.</remarks>
public sealed class CheckEngine(TimeProvider clock)
{
    private const int BlockRows = 16_384;

    /// <summary>Gets or sets how many lanes may run at once (default: the processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Runs every check of <paramref name="suite"/> on <paramref name="table"/>; throws <see cref="ErrorCode.InvalidParameter"/> for an invalid check or a column the table lacks.</summary>
    /// <param name="dataSet">The name of the data, used in messages and in the result.</param>
    public SuiteResult Run(CheckSuite suite, Table table, string dataSet, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(table);
        CheckSpecRules.ThrowIfInvalid(suite);
        var compiler = new ScanCompiler(table, dataSet);
        var scans = suite.Checks.Select(compiler.Compile).ToList();
        var passes = compiler.Shared.Concat(scans).ToList();
        var lanes = passes.Select((pass, i) => (pass, key: pass.Column ?? $"\0{i}"))
            .GroupBy(p => p.key, StringComparer.Ordinal).Select(g => g.Select(p => p.pass).ToArray()).ToList();
        var rows = table.RowCount;
        Parallel.ForEach(lanes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxParallelism), CancellationToken = ct }, lane =>
        {
            for (var start = 0; start < rows; start += BlockRows)
            {
                ct.ThrowIfCancellationRequested();
                var end = Math.Min(rows, start + BlockRows);
                foreach (var pass in lane)
                {
                    pass.Observe(start, end);
                }
            }
        });
        var context = new ScanContext(rows, clock.GetUtcNow());
        return new SuiteResult(suite.Name, dataSet, rows, [.. scans.Select(s => s.Finish(context))]);
    }
}
