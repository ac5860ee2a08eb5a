using System.Globalization;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Spectre.Console;

namespace Osprey.Cli.Rendering;

/// <summary>How values read in tables: local times, short durations, compact numbers, coloured statuses.</summary>
internal static class DisplayText
{
    /// <summary>Shown where a value is absent.</summary>
    public const string Missing = "-";

    /// <summary>Formats Unix milliseconds as local time to the second.</summary>
    public static string Time(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToLocalTime()
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Formats the time from start to end (or to now while running) as "850ms", "42.1s", "3m 05s" or "2h 10m".</summary>
    public static string Duration(long start, long? end, TimeProvider clock)
    {
        var stop = end ?? clock.GetUtcNow().ToUnixTimeMilliseconds();
        var span = TimeSpan.FromMilliseconds(Math.Max(0, stop - start));
        var text = span.TotalSeconds < 1 ? $"{span.TotalMilliseconds:0}ms"
            : span.TotalMinutes < 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0}s")
            : span.TotalHours < 1 ? $"{span.Minutes}m {span.Seconds:00}s"
            : $"{(int)span.TotalHours}h {span.Minutes:00}m";
        return end is null ? text + "+" : text;
    }

    /// <summary>Formats a metric value with up to six significant digits.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Formats an optional version number as "v3".</summary>
    public static string Version(int? version) => version is { } v ? "v" + v.ToString(CultureInfo.InvariantCulture) : Missing;

    /// <summary>Gets MLflow's upper-case name of a run status, such as FINISHED.</summary>
    public static string Name(RunStatus status) => status.ToString().ToUpperInvariant();

    /// <summary>Gets a run status as coloured markup.</summary>
    public static string Markup(RunStatus status) => status switch
    {
        RunStatus.Finished => "[green]FINISHED[/]",
        RunStatus.Failed => "[red]FAILED[/]",
        RunStatus.Killed => "[red]KILLED[/]",
        RunStatus.Running => "[blue]RUNNING[/]",
        _ => Spectre.Console.Markup.Escape(Name(status)),
    };

    /// <summary>Gets a model stage as coloured markup.</summary>
    public static string Markup(ModelStage stage) => stage switch
    {
        ModelStage.Production => "[green]Production[/]",
        ModelStage.Staging => "[yellow]Staging[/]",
        ModelStage.Archived => "[grey]Archived[/]",
        _ => "None",
    };

    /// <summary>Escapes user text for Spectre markup, showing <see cref="Missing"/> for null or empty.</summary>
    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? Missing : Spectre.Console.Markup.Escape(text);
}
