namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>The short status names used in filters and storage (PENDING, READY, UPLOAD_FAILED), and parsing of every spelling MLflow clients send.</summary>
public static class LoggedModelStatusNames
{
    /// <summary>Every short name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = ["PENDING", "READY", "UPLOAD_FAILED"];

    /// <summary>Gets PENDING, READY or UPLOAD_FAILED.</summary>
    public static string Name(LoggedModelStatus status) => All[(int)status];

    /// <summary>Parses a short name, MLflow's protobuf name (<c>LOGGED_MODEL_READY</c>), its number (1 to 3) or MLflow's Python name FAILED, ignoring case; null when it is none of them.</summary>
    public static LoggedModelStatus? TryParse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PENDING" or "LOGGED_MODEL_PENDING" or "1" => LoggedModelStatus.Pending,
        "READY" or "LOGGED_MODEL_READY" or "2" => LoggedModelStatus.Ready,
        "UPLOAD_FAILED" or "FAILED" or "LOGGED_MODEL_UPLOAD_FAILED" or "3" => LoggedModelStatus.UploadFailed,
        _ => null,
    };
}
