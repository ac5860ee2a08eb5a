namespace Osprey.Core.Data;

/// <summary>The logical type of a table column, decided by schema inference or a user override.</summary>
public enum ColumnKind
{
    /// <summary>Real numbers; missing values are NaN.</summary>
    Numeric,
    /// <summary>Whole numbers stored as doubles; missing values are NaN.</summary>
    Integer,
    /// <summary>Two-valued (0/1, yes/no, true/false) stored as 0 and 1; missing values are NaN.</summary>
    Boolean,
    /// <summary>A small set of labels stored as codes into a category list; missing is code -1.</summary>
    Categorical,
    /// <summary>Dates or timestamps stored as UTC ticks.</summary>
    DateTime,
    /// <summary>Free text with too many distinct values to be a category; never a feature.</summary>
    Text,
    /// <summary>A key such as <c>customerID</c> that names a row; never a feature.</summary>
    Identifier,
}
