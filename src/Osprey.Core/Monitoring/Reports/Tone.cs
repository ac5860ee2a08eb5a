namespace Osprey.Core.Monitoring.Reports;

/// <summary>How a card or a table cell is coloured: neutral, good (green), warning (amber) or bad (red).</summary>
public enum Tone
{
    /// <summary>No emphasis.</summary>
    Neutral,
    /// <summary>A healthy value.</summary>
    Good,
    /// <summary>A value worth a look.</summary>
    Warning,
    /// <summary>A value that crossed its threshold.</summary>
    Bad,
}
