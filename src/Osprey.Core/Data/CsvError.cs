namespace Osprey.Core.Data;

/// <summary>A malformed place in a CSV input: 1-based physical line and character column.</summary>
public sealed record CsvError(int Line, int Column, string Message)
{
    /// <summary>Formats the error with the source name, such as <c>data.csv line 4, column 9: ...</c>.</summary>
    public string Describe(string source) => $"{source} line {Line}, column {Column}: {Message}";
}
