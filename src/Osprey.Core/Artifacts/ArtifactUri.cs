namespace Osprey.Core.Artifacts;

/// <summary>Converts between <c>mlflow-artifacts:/...</c> URIs (what MLflow clients see) and paths relative to the artifact root.</summary>
public static class ArtifactUri
{
    /// <summary>The scheme MLflow clients resolve through the server's proxied artifact endpoints.</summary>
    public const string Scheme = "mlflow-artifacts:/";

    /// <summary>Gets the URI of a relative artifact path.</summary>
    public static string FromPath(string relativePath) => Scheme + ArtifactPath.Normalize(relativePath);

    /// <summary>Gets the relative path behind a <c>mlflow-artifacts:/</c> URI; throws <see cref="ErrorCode.InvalidParameter"/> for other schemes.</summary>
    public static string ToPath(string uri)
    {
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
        {
            throw OspreyException.Invalid($"Artifact URI '{uri}' is not served by this workspace (expected '{Scheme}...').");
        }
        return ArtifactPath.Normalize(uri[Scheme.Length..].TrimStart('/'));
    }
}
