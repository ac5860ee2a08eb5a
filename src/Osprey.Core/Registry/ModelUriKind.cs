namespace Osprey.Core.Registry;

/// <summary>How a model URI picks a version: by number, the newest, the one in a stage, or the one an alias points to.</summary>
public enum ModelUriKind
{
    /// <summary><c>models:/name/3</c></summary>
    Version,

    /// <summary><c>models:/name/latest</c></summary>
    Latest,

    /// <summary><c>models:/name/Production</c></summary>
    Stage,

    /// <summary><c>models:/name@champion</c></summary>
    Alias,
}
