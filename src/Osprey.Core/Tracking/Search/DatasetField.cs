namespace Osprey.Core.Tracking.Search;

/// <summary>The canonical keys of <c>datasets.</c> fields in a run filter.</summary>
public static class DatasetField
{
    public const string Name = "name";
    public const string Digest = "digest";

    /// <summary>The input's context tag, such as <c>train</c> or <c>eval</c>.</summary>
    public const string Context = "context";
}
