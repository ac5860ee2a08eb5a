namespace Osprey.Core.Pipelines;

/// <summary>Suggests the closest known name for a misspelt one, for messages such as "did you mean 'retries'?".</summary>
internal static class NameSuggestion
{
    /// <summary>Returns <c> (did you mean 'x'?)</c> for the closest candidate within a third of the word's length in edits, or an empty string.</summary>
    public static string For(string input, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(input, c)))
            .Where(c => c.Distance <= Math.Max(1, input.Length / 3))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
