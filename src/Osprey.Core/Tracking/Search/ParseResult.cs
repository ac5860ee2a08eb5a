namespace Osprey.Core.Tracking.Search;

/// <summary>Either a parsed value or a <see cref="ParseError"/>; parsing user input never throws.</summary>
public readonly record struct ParseResult<T>(T? Value, ParseError? Error)
{
    public bool Success => Error is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string message, int position) => new(default, new ParseError(message, position));
}
