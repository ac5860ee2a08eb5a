namespace Osprey.Server.Contracts;

/// <summary>The empty JSON object MLflow returns from writes that have nothing to report.</summary>
public sealed record EmptyResponse
{
    /// <summary>The single empty response.</summary>
    public static readonly EmptyResponse Instance = new();
}
