namespace Osprey.Server.Pipelines.Tasks;

/// <summary>What a <c>notify</c> task sends to a JSON webhook and appends to a file.</summary>
public sealed record NotificationNote(string Pipeline, string RunId, string Task, string? Title, string Message, DateTimeOffset Time);
