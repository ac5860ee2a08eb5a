namespace Osprey.Core.Tracking.Search;

/// <summary>Turns a failed parse into the <see cref="OspreyException"/> services throw for bad input.</summary>
public static class ParseResultExtensions
{
    /// <summary>Returns the parsed value, or throws an invalid-parameter <see cref="OspreyException"/> such as
    /// "Invalid filter 'metrics.f1 &gt;': at column 13: expected a value after '&gt;' but found end of filter".</summary>
    /// <param name="what">What was parsed, for the message: "filter", "order_by", "model URI".</param>
    /// <param name="text">The text that was parsed, quoted in the message.</param>
    public static T? ValueOrThrow<T>(this ParseResult<T> result, string what, string? text) =>
        result.Error is { } error ? throw OspreyException.Invalid($"Invalid {what} '{text}': {error}") : result.Value;
}
