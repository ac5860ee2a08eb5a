namespace Osprey.Core.Data;

/// <summary>Assigns a table's rows to train, validation and test, deterministically for a seed.</summary>
public static class DataSplitter
{
    /// <summary>Splits the rows; throws <see cref="ErrorCode.InvalidParameter"/> for bad options or an unusable split column.</summary>
    public static DataSplit Split(Table table, SplitOptions options)
    {
        options.Validate();
        return options.Strategy switch
        {
            SplitStrategy.Random => SplitRandom(table.RowCount, options),
            SplitStrategy.Stratified => SplitStratified(table[options.Column!], options),
            _ => SplitByTime(table[options.Column!], options),
        };
    }

    private static DataSplit SplitRandom(int rows, SplitOptions options)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        new SeededRandom(options.Seed).Shuffle(order.AsSpan());
        return Cut(order, options);
    }

    private static DataSplit SplitStratified(Column column, SplitOptions options)
    {
        var random = new SeededRandom(options.Seed);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var row = 0; row < column.Length; row++)
        {
            var key = column.Format(row) ?? "\0missing";
            if (!groups.TryGetValue(key, out var rows))
            {
                groups[key] = rows = [];
            }
            rows.Add(row);
        }
        List<int> train = [], validation = [], test = [];
        foreach (var key in groups.Keys.Order(StringComparer.Ordinal))
        {
            var rows = groups[key].ToArray();
            random.Shuffle(rows.AsSpan());
            var part = Cut(rows, options);
            train.AddRange(part.Train);
            validation.AddRange(part.Validation);
            test.AddRange(part.Test);
        }
        return new DataSplit(Sorted(train), Sorted(validation), Sorted(test));
    }

    private static DataSplit SplitByTime(Column column, SplitOptions options)
    {
        var keys = new double[column.Length];
        for (var row = 0; row < keys.Length; row++)
        {
            keys[row] = column switch
            {
                DateTimeColumn dates => dates.IsMissing(row) ? double.PositiveInfinity : dates.Ticks[row],
                NumericColumn numbers => double.IsNaN(numbers.Values[row]) ? double.PositiveInfinity : numbers.Values[row],
                _ => throw OspreyException.Invalid(
                    $"A time split needs a datetime or numeric column, but '{column.Name}' is {ColumnKindNames.Format(column.Kind)}."),
            };
        }
        var order = Enumerable.Range(0, keys.Length).ToArray();
        // A stable sort on (time, row) keeps rows with equal times in file order.
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        var testCount = (int)Math.Round(order.Length * options.TestFraction);
        var validationCount = (int)Math.Round(order.Length * options.ValidationFraction);
        var trainCount = order.Length - testCount - validationCount;
        return new DataSplit(
            Sorted(order[..trainCount]),
            Sorted(order[trainCount..(trainCount + validationCount)]),
            Sorted(order[(trainCount + validationCount)..]));
    }

    private static DataSplit Cut(int[] shuffled, SplitOptions options)
    {
        var testCount = (int)Math.Round(shuffled.Length * options.TestFraction);
        var validationCount = (int)Math.Round(shuffled.Length * options.ValidationFraction);
        return new DataSplit(
            Sorted(shuffled[(testCount + validationCount)..]),
            Sorted(shuffled[testCount..(testCount + validationCount)]),
            Sorted(shuffled[..testCount]));
    }

    private static int[] Sorted(IEnumerable<int> rows)
    {
        var array = rows.ToArray();
        Array.Sort(array);
        return array;
    }
}
