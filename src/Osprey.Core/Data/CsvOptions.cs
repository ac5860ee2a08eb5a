namespace Osprey.Core.Data;

/// <summary>How to read a CSV file: delimiter, header, missing-value tokens and schema overrides; every default is detection.</summary>
public sealed record CsvOptions
{
    /// <summary>The tokens treated as missing besides empty and whitespace-only fields: NA, N/A, null, NULL, ?.</summary>
    public static readonly IReadOnlyList<string> DefaultMissingTokens = ["NA", "N/A", "null", "NULL", "?"];

    /// <summary>Gets the field delimiter, or null to detect one of comma, semicolon and tab from the first lines.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Gets whether the first record names the columns (otherwise they are named column_1, column_2, ...).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Gets the tokens (compared exactly, after trimming spaces) that mark a missing value.</summary>
    public IReadOnlyList<string> MissingTokens { get; init; } = DefaultMissingTokens;

    /// <summary>Gets column kinds that replace inference for the named columns.</summary>
    public IReadOnlyDictionary<string, ColumnKind> ColumnKinds { get; init; } = new Dictionary<string, ColumnKind>();

    /// <summary>Gets the most distinct values a text column may have and still be inferred categorical.</summary>
    public int MaxCategories { get; init; } = 1000;
}
