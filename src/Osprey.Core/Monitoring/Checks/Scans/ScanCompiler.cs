using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>Binds declared checks to a table: finds their columns, refuses kinds a check cannot read, and shares one sorted copy per column among its median and quantile checks.</summary>
internal sealed class ScanCompiler(Table table, string dataSet)
{
    private readonly Dictionary<string, SortedValues> _sorted = new(StringComparer.Ordinal);

    /// <summary>Gets the shared structures created so far; they take part in the pass like checks do.</summary>
    public IEnumerable<IScanPass> Shared => _sorted.Values;

    /// <summary>Returns the scan of one check; throws <see cref="ErrorCode.InvalidParameter"/> naming a column the data lacks or cannot serve.</summary>
    public CheckScan Compile(CheckSpec spec) => spec.Kind switch
    {
        CheckKind.RowCount => new RowCountScan(spec),
        CheckKind.Schema => new SchemaScan(spec, table.Schema),
        CheckKind.Expression => new ExpressionScan(spec, table),
        CheckKind.NotNull => new NotNullScan(spec, Find(spec)),
        CheckKind.Unique => new UniqueScan(spec, Find(spec)),
        CheckKind.DistinctCount => new DistinctCountScan(spec, Find(spec)),
        CheckKind.InRange or CheckKind.Positive or CheckKind.AllowedValues or CheckKind.Regex => new ValueScan(spec, Find(spec)),
        CheckKind.Mean or CheckKind.StdDev => new MomentScan(spec, Numeric(spec)),
        CheckKind.Median or CheckKind.Quantile => new QuantileScan(spec, Sorted(Numeric(spec))),
        CheckKind.Freshness => new FreshnessScan(spec, Find(spec) as DateTimeColumn ?? throw WrongKind(spec, "a date/time", "datetime")),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, null),
    };

    private Column Find(CheckSpec spec)
    {
        var index = table.Schema.IndexOf(spec.Column!);
        return index >= 0 ? table.Columns[index] : throw OspreyException.Invalid(
            $"check {spec.DisplayName} names column '{spec.Column}', which {dataSet} does not have; its columns are: {string.Join(", ", table.Columns.Select(c => c.Name))}");
    }

    private NumericColumn Numeric(CheckSpec spec) => Find(spec) as NumericColumn ?? throw WrongKind(spec, "a numeric", "numeric");

    private SortedValues Sorted(NumericColumn column)
    {
        if (!_sorted.TryGetValue(column.Name, out var values))
        {
            _sorted[column.Name] = values = new SortedValues(column);
        }
        return values;
    }

    private OspreyException WrongKind(CheckSpec spec, string needed, string kindName)
    {
        var column = Find(spec);
        return OspreyException.Invalid(
            $"check {spec.DisplayName} needs {needed} column, but {column.Name} in {dataSet} is {ColumnKindNames.Format(column.Kind)}; if the file's values are {kindName}, declare it with --column-kind {column.Name}={kindName} (or a schema file)");
    }
}
