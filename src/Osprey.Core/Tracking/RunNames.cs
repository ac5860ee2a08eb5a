using System.Globalization;
using System.Security.Cryptography;

namespace Osprey.Core.Tracking;

/// <summary>Generates readable run names such as <c>brave-heron-417</c> for runs created without one, as MLflow does.</summary>
public static class RunNames
{
    private static readonly string[] Adjectives =
    [
        "able", "amber", "bold", "brave", "bright", "calm", "clever", "crisp", "eager", "fair", "gentle", "golden",
        "keen", "lively", "lucky", "merry", "nimble", "proud", "quick", "quiet", "rapid", "sharp", "steady", "swift",
        "tidy", "vivid", "warm", "wise", "witty", "zesty",
    ];

    private static readonly string[] Birds =
    [
        "auk", "crane", "curlew", "eagle", "egret", "falcon", "finch", "gannet", "grebe", "harrier", "heron", "ibis",
        "kestrel", "kite", "lark", "loon", "merlin", "osprey", "owl", "petrel", "plover", "puffin", "raven", "robin",
        "shrike", "snipe", "swift", "tern", "wren", "wagtail",
    ];

    /// <summary>Returns a new random name.</summary>
    public static string Next() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Adjectives[RandomNumberGenerator.GetInt32(Adjectives.Length)]}-{Birds[RandomNumberGenerator.GetInt32(Birds.Length)]}-{RandomNumberGenerator.GetInt32(1000)}");
}
