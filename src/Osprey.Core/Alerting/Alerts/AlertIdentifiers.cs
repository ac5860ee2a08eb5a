namespace Osprey.Core.Alerting.Alerts;

/// <summary>Reads Opsgenie's <c>identifierType</c> values (<c>id</c>, <c>tiny</c>, <c>alias</c>) and names them in messages.</summary>
public static class AlertIdentifiers
{
    /// <summary>Parses an identifier type, <see cref="AlertIdentifierType.Id"/> when absent; throws <see cref="ErrorCode.InvalidParameter"/> for anything else.</summary>
    public static AlertIdentifierType ParseType(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "id" => AlertIdentifierType.Id,
        "tiny" or "tinyid" => AlertIdentifierType.Tiny,
        "alias" => AlertIdentifierType.Alias,
        _ => throw OspreyException.Invalid($"Invalid value for 'identifierType': '{text}' is not one of id, tiny or alias."),
    };

    /// <summary>Names an identifier type the way a message reads it.</summary>
    public static string Describe(AlertIdentifierType type) => type switch
    {
        AlertIdentifierType.Tiny => "tiny id",
        AlertIdentifierType.Alias => "alias",
        _ => "id",
    };
}
