namespace Osprey.Core.Monitoring.Drift;

/// <summary>Compares a current profile with a reference profile column by column (in parallel) and decides dataset drift as Evidently does.</summary>
public static class DriftAnalyzer
{
    /// <summary>Returns the comparison; throws <see cref="ErrorCode.InvalidParameter"/> for a named column either side lacks, or a type mismatch.</summary>
    public static DriftResult Compare(DataProfile reference, DataProfile current, DriftOptions options)
    {
        var names = Selected(reference, options);
        var columns = new ColumnDrift[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            var name = names[i];
            var left = reference.Column(name)!;
            var right = current.Column(name) ?? throw OspreyException.Invalid($"the current data ({current.Source}) has no column '{name}', which the reference has.");
            if (right.Type != left.Type)
            {
                throw OspreyException.Invalid($"column '{name}' is {Describe(left.Type)} in the reference but {Describe(right.Type)} in the current data.");
            }
            var role = name == options.Target ? "target" : name == options.Prediction ? "prediction" : "feature";
            columns[i] = ColumnDriftCalculator.Compute(left, right, role,
                options.ColumnTests.TryGetValue(name, out var test) ? test : null,
                options.Thresholds.TryGetValue(name, out var threshold) ? threshold : null);
        });
        var tested = columns.Count(c => c.Tested);
        var drifted = columns.Count(c => c.Drifted);
        var share = tested == 0 ? 0 : (double)drifted / tested;
        return new DriftResult(reference.Source, current.Source, reference.Rows, current.Rows, columns, tested, drifted, share,
            options.DriftShare, tested > 0 && share >= options.DriftShare);
    }

    private static List<string> Selected(DataProfile reference, DriftOptions options)
    {
        foreach (var named in options.Columns.Concat(new[] { options.Target, options.Prediction }.OfType<string>()))
        {
            if (reference.Column(named) is null)
            {
                throw OspreyException.Invalid($"the reference ({reference.Source}) has no column '{named}' (it has {string.Join(", ", reference.Columns.Select(c => c.Name))}).");
            }
        }
        var wanted = options.Columns.Count > 0
            ? options.Columns.Concat(new[] { options.Target, options.Prediction }.OfType<string>()).ToHashSet(StringComparer.Ordinal)
            : null;
        return reference.Columns.Select(c => c.Name)
            .Where(n => (wanted is null || wanted.Contains(n)) && !options.Exclude.Contains(n))
            .ToList();
    }

    private static string Describe(ColumnType type) => type == ColumnType.Numerical ? "numerical" : "categorical";
}
