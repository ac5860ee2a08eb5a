namespace Osprey.Core.Pipelines.Tasks;

/// <summary>A rendered setting is missing or of the wrong kind; the try fails with the message, which names the field.</summary>
public sealed class TaskSettingsException(string message) : Exception(message);
