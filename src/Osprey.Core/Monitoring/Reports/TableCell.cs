namespace Osprey.Core.Monitoring.Reports;

/// <summary>One cell of a <see cref="ReportTable"/>: its text and colour; plain text converts implicitly.</summary>
public sealed record TableCell(string Text, Tone Tone = Tone.Neutral)
{
    /// <summary>Makes a neutral cell of <paramref name="text"/>.</summary>
    public static implicit operator TableCell(string text) => new(text);

    /// <summary>Makes a neutral cell of <paramref name="text"/>.</summary>
    public static TableCell FromString(string text) => new(text);
}
