namespace Osprey.Server.Contracts;

/// <summary>MLflow's error body: a stable error code such as <c>RESOURCE_DOES_NOT_EXIST</c> and a readable message.</summary>
public sealed record ApiErrorResponse(string ErrorCode, string Message);
