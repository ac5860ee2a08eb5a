namespace Osprey.Core.Monitoring.Reports;

/// <summary>One headline figure at the top of a report, such as "Dataset drift: yes".</summary>
public sealed record SummaryCard(string Label, string Value, Tone Tone = Tone.Neutral, string? Note = null);
