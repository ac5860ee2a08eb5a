namespace Osprey.Core.Tracking.Search;

/// <summary>The operators of the run filter language.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    /// <summary>SQL LIKE, case-sensitive, with <c>%</c> and <c>_</c> wildcards.</summary>
    Like,
    /// <summary>Case-insensitive LIKE.</summary>
    ILike,
    In,
    NotIn,
    /// <summary><c>IS NULL</c>: the run has no such metric, param or tag.</summary>
    IsNull,
    /// <summary><c>IS NOT NULL</c>: the run has the metric, param or tag.</summary>
    IsNotNull,
}
