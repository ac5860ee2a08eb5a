namespace Osprey.Core.Monitoring.Checks;

/// <summary>A problem with one declared check: the setting at fault (empty for the check as a whole), what is wrong with it, and for expressions the offset inside the text.</summary>
public sealed record CheckProblem(string Field, string Message, int? Offset = null);
