using System.Text;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>Translates SQL LIKE patterns for SQLite, whose own LIKE ignores ASCII case.</summary>
internal static class LikePatterns
{
    /// <summary>Rewrites a LIKE pattern (<c>%</c>, <c>_</c>) as the equivalent case-sensitive GLOB pattern.</summary>
    public static string ToGlob(string like)
    {
        var glob = new StringBuilder(like.Length + 8);
        foreach (var c in like)
        {
            glob.Append(c switch
            {
                '%' => "*",
                '_' => "?",
                // GLOB's own wildcards are literal in LIKE; a one-character class matches them literally.
                '*' => "[*]",
                '?' => "[?]",
                '[' => "[[]",
                _ => c.ToString(),
            });
        }
        return glob.ToString();
    }

    /// <summary>Folds text for ILIKE; the SQL side applies the same fold through <c>osprey_fold</c>.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();
}
