namespace Osprey.Core.Monitoring.Checks;

/// <summary>What a check measures; docs/checks.md describes each kind and its settings.</summary>
public enum CheckKind
{
    /// <summary>The number of data rows lies within bounds.</summary>
    RowCount,
    /// <summary>A column has no missing values.</summary>
    NotNull,
    /// <summary>No non-missing value of a column appears in more than one row.</summary>
    Unique,
    /// <summary>Every non-missing value of a column is a number within bounds.</summary>
    InRange,
    /// <summary>Every non-missing value of a column is a number greater than zero.</summary>
    Positive,
    /// <summary>Every non-missing value of a column is one of a list.</summary>
    AllowedValues,
    /// <summary>Every non-missing value of a column, as text, matches a regular expression.</summary>
    Regex,
    /// <summary>The table has the named columns, of the named kinds.</summary>
    Schema,
    /// <summary>The newest date in a column is no older than a maximum age.</summary>
    Freshness,
    /// <summary>The mean of a column's non-missing values lies within bounds.</summary>
    Mean,
    /// <summary>The median of a column's non-missing values lies within bounds.</summary>
    Median,
    /// <summary>The sample standard deviation of a column's non-missing values lies within bounds.</summary>
    StdDev,
    /// <summary>A quantile of a column's non-missing values lies within bounds.</summary>
    Quantile,
    /// <summary>The number of distinct non-missing values of a column lies within bounds.</summary>
    DistinctCount,
    /// <summary>A boolean expression over the row's columns holds.</summary>
    Expression,
}
