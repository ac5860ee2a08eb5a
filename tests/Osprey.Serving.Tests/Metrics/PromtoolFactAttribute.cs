namespace Osprey.Serving.Tests.Metrics;

/// <summary>A fact that needs Prometheus's <c>promtool</c>; skipped, with the reason, where the Debian package is not installed.</summary>
public sealed class PromtoolFactAttribute : FactAttribute
{
    /// <summary>Where Debian's prometheus package installs promtool.</summary>
    public const string Path = "/usr/bin/promtool";

    public PromtoolFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "promtool is not installed (apt-get install prometheus)";
        }
    }
}
