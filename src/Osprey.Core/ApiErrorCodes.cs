namespace Osprey.Core;

/// <summary>The one table (used by the REST API, the serving host and the CLI's remote mode) between Osprey's <see cref="ErrorCode"/>s and MLflow's HTTP statuses and error names, in both directions.</summary>
/// <remarks>
/// Two deliberate departures from MLflow: INVALID_STATE is a 400 (MLflow answers 500, which clients treat as a server fault),
/// and an oversized request is a 413 RESOURCE_LIMIT_EXCEEDED. Over-limit log-batch contents stay MLflow's 400 INVALID_PARAMETER_VALUE.
/// </remarks>
public static class ApiErrorCodes
{
    public const string ResourceDoesNotExist = "RESOURCE_DOES_NOT_EXIST";
    public const string ResourceAlreadyExists = "RESOURCE_ALREADY_EXISTS";
    public const string InvalidParameterValue = "INVALID_PARAMETER_VALUE";
    public const string InvalidState = "INVALID_STATE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ResourceLimitExceeded = "RESOURCE_LIMIT_EXCEEDED";
    public const string TemporarilyUnavailable = "TEMPORARILY_UNAVAILABLE";
    public const string EndpointNotFound = "ENDPOINT_NOT_FOUND";
    public const string InternalError = "INTERNAL_ERROR";
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>Gets the HTTP status and MLflow error name a failure code is reported with.</summary>
    public static (int Status, string Name) ToHttp(ErrorCode code) => code switch
    {
        ErrorCode.NotFound => (404, ResourceDoesNotExist),
        ErrorCode.AlreadyExists => (400, ResourceAlreadyExists),
        ErrorCode.InvalidParameter => (400, InvalidParameterValue),
        ErrorCode.Conflict => (400, InvalidParameterValue),
        ErrorCode.InvalidState => (400, InvalidState),
        ErrorCode.Unauthorized => (401, Unauthenticated),
        ErrorCode.LimitExceeded => (413, ResourceLimitExceeded),
        ErrorCode.Unavailable => (503, TemporarilyUnavailable),
        _ => (500, InternalError),
    };

    /// <summary>Gets the failure code behind an error name received from a server (Osprey's or MLflow's), or null for server faults and unknown names.</summary>
    public static ErrorCode? FromName(string? name) => name switch
    {
        ResourceDoesNotExist or EndpointNotFound or "NOT_FOUND" => ErrorCode.NotFound,
        ResourceAlreadyExists or "ALREADY_EXISTS" => ErrorCode.AlreadyExists,
        InvalidParameterValue or BadRequest => ErrorCode.InvalidParameter,
        InvalidState => ErrorCode.InvalidState,
        Unauthenticated or "CUSTOMER_UNAUTHORIZED" or "PERMISSION_DENIED" => ErrorCode.Unauthorized,
        ResourceLimitExceeded or "REQUEST_LIMIT_EXCEEDED" or "RESOURCE_EXHAUSTED" => ErrorCode.LimitExceeded,
        TemporarilyUnavailable => ErrorCode.Unavailable,
        "RESOURCE_CONFLICT" or "ABORTED" => ErrorCode.Conflict,
        _ => null,
    };
}
