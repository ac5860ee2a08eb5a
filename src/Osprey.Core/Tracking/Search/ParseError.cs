namespace Osprey.Core.Tracking.Search;

/// <summary>Why user text could not be parsed and where: <see cref="Position"/> is the zero-based character offset.</summary>
public sealed record ParseError(string Message, int Position)
{
    /// <summary>Renders the message with a one-based column, e.g. "at column 14: expected a value".</summary>
    public override string ToString() => $"at column {Position + 1}: {Message}";
}
