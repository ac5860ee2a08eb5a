namespace Osprey.Core.Artifacts;

/// <summary>Validates and normalises relative artifact paths so no path can leave its root.</summary>
public static class ArtifactPath
{
    /// <summary>Returns the path with '/' separators and no empty or '.' segments; throws <see cref="ErrorCode.InvalidParameter"/> for absolute paths, '..' segments, drive letters, NUL or backslashes.</summary>
    public static string Normalize(string? path, string field = "path")
    {
        if (string.IsNullOrEmpty(path))
        {
            return "";
        }
        if (path.Contains('\0', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            throw OspreyException.Invalid($"'{field}' must be a relative path without '\\', ':' or NUL characters, got '{path}'.");
        }
        if (path.StartsWith('/'))
        {
            throw OspreyException.Invalid($"'{field}' must be a relative path, got '{path}'.");
        }
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        if (segments.Any(s => s == ".."))
        {
            throw OspreyException.Invalid($"'{field}' must not contain '..', got '{path}'.");
        }
        return string.Join('/', segments);
    }

    /// <summary>Joins two relative paths, normalising the second.</summary>
    public static string Combine(string root, string? relative)
    {
        var rest = Normalize(relative);
        if (rest.Length == 0)
        {
            return root;
        }
        return root.Length == 0 ? rest : root.TrimEnd('/') + "/" + rest;
    }
}
