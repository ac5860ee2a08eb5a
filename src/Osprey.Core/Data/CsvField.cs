namespace Osprey.Core.Data;

/// <summary>Where one field of a record lies in the input bytes; <see cref="HasEscapedQuotes"/> means doubled quotes must be collapsed.</summary>
internal readonly record struct CsvField(int Start, int Length, bool HasEscapedQuotes);
