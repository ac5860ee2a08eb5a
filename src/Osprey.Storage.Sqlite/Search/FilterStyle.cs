namespace Osprey.Storage.Sqlite.Search;

/// <summary>How comparisons on child-table fields are written; both mean the same, they differ in what SQLite does fastest.</summary>
internal enum FilterStyle
{
    /// <summary><c>EXISTS (SELECT 1 … WHERE child.owner = outer.key …)</c>: one index probe per outer row; best when a scan stops early (ordered pages).</summary>
    Correlated,

    /// <summary><c>outer.key IN (SELECT child.owner …)</c>: the matching keys are gathered once; best when every row is visited (counts, rare matches).</summary>
    Membership,
}
