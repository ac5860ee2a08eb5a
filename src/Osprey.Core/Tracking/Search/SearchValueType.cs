namespace Osprey.Core.Tracking.Search;

/// <summary>What kind of literal a searchable attribute compares with.</summary>
public enum SearchValueType
{
    /// <summary>Quoted text; allows =, !=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL.</summary>
    String,

    /// <summary>A number such as a Unix-millisecond timestamp; allows =, !=, &lt;, &lt;=, &gt;, &gt;=, IN, NOT IN, IS NULL, IS NOT NULL.</summary>
    Number,
}
