namespace Osprey.Core.Monitoring.Reports;

/// <summary>A table for a report: headers and rows of cells; rows carry a <c>data-row</c> attribute with their first cell so tests and scripts can find them.</summary>
public sealed class ReportTable(string id, params string[] headers)
{
    private readonly List<TableCell[]> _rows = [];

    /// <summary>Gets the table's element id, unique within a report.</summary>
    public string Id => id;

    /// <summary>Gets the column headers.</summary>
    public IReadOnlyList<string> Headers { get; } = headers;

    /// <summary>Gets the rows added so far.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Rows => _rows;

    /// <summary>Adds a row; throws <see cref="ArgumentException"/> when it has a different number of cells than there are headers.</summary>
    public ReportTable AddRow(params TableCell[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"table '{id}' has {Headers.Count} columns but the row has {cells.Length} cells", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }
}
