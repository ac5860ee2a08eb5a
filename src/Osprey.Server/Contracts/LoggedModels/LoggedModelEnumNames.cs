using System.Globalization;
using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Tracking.LoggedModels;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>MLflow's JSON names of logged-model statuses (LOGGED_MODEL_READY…), in both directions.</summary>
public static class LoggedModelEnumNames
{
    private const string Prefix = "LOGGED_MODEL_";

    /// <summary>Gets LOGGED_MODEL_PENDING, LOGGED_MODEL_READY or LOGGED_MODEL_UPLOAD_FAILED.</summary>
    public static string Name(LoggedModelStatus status) => Prefix + LoggedModelStatusNames.Name(status);

    /// <summary>Parses a status sent as a name (any of MLflow's spellings, any case) or as its protobuf number; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="field"/> otherwise.</summary>
    public static LoggedModelStatus ParseStatus(JsonElement? value, string field = "status")
    {
        var text = value?.ValueKind switch
        {
            JsonValueKind.String => value.Value.GetString(),
            JsonValueKind.Number => value.Value.GetRawText(),
            null or JsonValueKind.Null => throw OspreyException.Invalid($"Missing value for required parameter '{field}'."),
            _ => value.Value.GetRawText(),
        };
        return ParseStatus(text, field);
    }

    /// <summary>Parses a status name or number given as text.</summary>
    public static LoggedModelStatus ParseStatus(string? text, string field = "status") =>
        LoggedModelStatusNames.TryParse(text)
        ?? throw OspreyException.Invalid(string.Create(CultureInfo.InvariantCulture,
            $"Invalid value '{text}' for parameter '{field}': expected {Prefix}READY or {Prefix}UPLOAD_FAILED (or {Prefix}PENDING)."));
}
