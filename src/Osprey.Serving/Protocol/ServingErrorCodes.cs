using Osprey.Core;

namespace Osprey.Serving.Protocol;

/// <summary>The HTTP status and error name of each failure code on the serving API; the same table the Osprey server answers with.</summary>
internal static class ServingErrorCodes
{
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";
    public const string ResourceDoesNotExist = "RESOURCE_DOES_NOT_EXIST";
    public const string ResourceLimitExceeded = "RESOURCE_LIMIT_EXCEEDED";
    public const string TemporarilyUnavailable = "TEMPORARILY_UNAVAILABLE";
    public const string InternalError = "INTERNAL_ERROR";
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Gets the HTTP status and error name of a failure code.</summary>
    public static (int Status, string Name) ToHttp(ErrorCode code) => code switch
    {
        ErrorCode.NotFound => (404, ResourceDoesNotExist),
        ErrorCode.AlreadyExists => (400, "RESOURCE_ALREADY_EXISTS"),
        ErrorCode.InvalidParameter or ErrorCode.Conflict => (400, InvalidParameterValue),
        ErrorCode.InvalidState => (400, "INVALID_STATE"),
        ErrorCode.Unauthorized => (401, Unauthenticated),
        ErrorCode.LimitExceeded => (413, ResourceLimitExceeded),
        ErrorCode.Unavailable => (503, TemporarilyUnavailable),
        _ => (500, InternalError),
    };
}
