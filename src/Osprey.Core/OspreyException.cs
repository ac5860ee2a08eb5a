namespace Osprey.Core;

/// <summary>An expected failure with a stable <see cref="ErrorCode"/> and a message fit to show a user.</summary>
public sealed class OspreyException(ErrorCode code, string message) : Exception(message)
{
    /// <summary>Gets the stable code that callers branch on.</summary>
    public ErrorCode Code { get; } = code;

    /// <summary>Creates a not-found failure.</summary>
    public static OspreyException NotFound(string message) => new(ErrorCode.NotFound, message);

    /// <summary>Creates an invalid-parameter failure.</summary>
    public static OspreyException Invalid(string message) => new(ErrorCode.InvalidParameter, message);
}
