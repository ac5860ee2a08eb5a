namespace Osprey.Core.Pipelines.Templates;

/// <summary>The kind of a value seen by templates and conditions.</summary>
public enum ValueKind
{
    /// <summary>Nothing is there (a skipped task's outputs, an absent key); conditions treat it as null, text templates refuse it.</summary>
    Missing,
    /// <summary>An explicit null.</summary>
    Null,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
    /// <summary>A JSON object or array.</summary>
    Structured,
}
