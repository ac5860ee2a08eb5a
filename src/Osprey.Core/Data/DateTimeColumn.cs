using System.Globalization;

namespace Osprey.Core.Data;

/// <summary>A date/time column stored as ticks (UTC where the text carried an offset), with <see cref="MissingTicks"/> for missing values.</summary>
public sealed class DateTimeColumn : Column
{
    /// <summary>The tick value that marks a missing date.</summary>
    public const long MissingTicks = long.MinValue;

    private readonly long[] _ticks;

    /// <summary>Creates a column over the given ticks (the array is owned by the column from now on).</summary>
    public DateTimeColumn(string name, long[] ticks) : base(name, ColumnKind.DateTime) => _ticks = ticks;

    /// <summary>Gets the ticks of each row; <see cref="MissingTicks"/> marks a missing value.</summary>
    public ReadOnlySpan<long> Ticks => _ticks;

    /// <inheritdoc />
    public override int Length => _ticks.Length;

    /// <inheritdoc />
    public override bool IsMissing(int row) => _ticks[row] == MissingTicks;

    /// <inheritdoc />
    public override string? Format(int row) => _ticks[row] == MissingTicks
        ? null
        : new DateTime(_ticks[row], DateTimeKind.Unspecified).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override Column Take(ReadOnlySpan<int> rows)
    {
        var ticks = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            ticks[i] = _ticks[rows[i]];
        }
        return new DateTimeColumn(Name, ticks);
    }
}
