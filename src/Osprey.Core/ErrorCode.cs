namespace Osprey.Core;

/// <summary>The closed set of expected failure kinds; the server maps each to one HTTP status and MLflow error name.</summary>
public enum ErrorCode
{
    /// <summary>The named entity does not exist (HTTP 404, RESOURCE_DOES_NOT_EXIST).</summary>
    NotFound,
    /// <summary>An entity with that identity already exists (HTTP 400, RESOURCE_ALREADY_EXISTS).</summary>
    AlreadyExists,
    /// <summary>A request field is missing, malformed or out of range (HTTP 400, INVALID_PARAMETER_VALUE).</summary>
    InvalidParameter,
    /// <summary>The entity is in a state that forbids the operation (HTTP 400, INVALID_STATE).</summary>
    InvalidState,
    /// <summary>The write conflicts with what is stored, such as a param re-logged with another value (HTTP 400, INVALID_PARAMETER_VALUE).</summary>
    Conflict,
    /// <summary>The caller did not present a valid token (HTTP 401, UNAUTHENTICATED).</summary>
    Unauthorized,
    /// <summary>The request is larger than allowed (HTTP 413, RESOURCE_LIMIT_EXCEEDED).</summary>
    LimitExceeded,
    /// <summary>A dependency such as the store is temporarily unavailable (HTTP 503, TEMPORARILY_UNAVAILABLE).</summary>
    Unavailable,
}
