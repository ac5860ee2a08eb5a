namespace Osprey.Core.Pipelines.Tasks;

/// <summary>One setting a task type accepts under <c>with:</c>.</summary>
public sealed record SettingField(string Name, SettingKind Kind, bool Required = false, string? Description = null);
