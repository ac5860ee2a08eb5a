namespace Osprey.Server.Contracts.Registry;

/// <summary>The answer of <c>model-versions/get-download-uri</c>.</summary>
public sealed record DownloadUriResponse(string ArtifactUri);
