namespace Osprey.Core.Pipelines.Tasks.Validation;

/// <summary>One check of a <c>validate</c> task: it sees every row, then says whether the data passed.</summary>
internal abstract class DataCheck
{
    /// <summary>Gets a short description such as <c>not_null(tenure)</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Finds the columns the check reads; returns a message naming a column the file lacks, or null.</summary>
    public abstract string? Bind(IReadOnlyDictionary<string, int> columns);

    /// <summary>Looks at one data row.</summary>
    public abstract void Observe(IReadOnlyList<string> row);

    /// <summary>Returns why the data failed the check, or null when it passed.</summary>
    public abstract string? Verdict(long rows);

    /// <summary>Tells whether a field counts as missing: empty or blank, or NA, N/A, NaN, null, None (any case), as pandas reads them.</summary>
    public static bool IsMissing(string field)
    {
        var text = field.Trim();
        return text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("N/A", StringComparison.OrdinalIgnoreCase)
            || text.Equals("NaN", StringComparison.OrdinalIgnoreCase) || text.Equals("null", StringComparison.OrdinalIgnoreCase)
            || text.Equals("None", StringComparison.OrdinalIgnoreCase);
    }
}
