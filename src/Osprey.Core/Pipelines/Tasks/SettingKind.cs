namespace Osprey.Core.Pipelines.Tasks;

/// <summary>The kind of value a task setting takes.</summary>
public enum SettingKind
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A whole number.</summary>
    WholeNumber,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A duration such as <c>30s</c>, written as text.</summary>
    Duration,
    /// <summary>A map of names to values.</summary>
    Map,
    /// <summary>A list.</summary>
    List,
    /// <summary>Any value; the type checks it when the task runs.</summary>
    Any,
}
