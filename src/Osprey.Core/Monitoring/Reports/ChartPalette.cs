namespace Osprey.Core.Monitoring.Reports;

/// <summary>The colours series take by position: the first is the reference (grey-blue), the second the current data (orange), then others.</summary>
public static class ChartPalette
{
    private static readonly string[] Colours = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d"];

    /// <summary>Returns the colour of the series at <paramref name="index"/> (cycling).</summary>
    public static string Colour(int index) => Colours[index % Colours.Length];
}
