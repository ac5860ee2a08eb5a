namespace Osprey.Core.Pipelines.Templates;

/// <summary>The comparison operators of the expression language.</summary>
public enum ComparisonKind
{
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}
