namespace Osprey.Core.Data;

/// <summary>Chooses comma, semicolon or tab as the delimiter from the first lines of a CSV input.</summary>
internal static class DelimiterDetector
{
    private const int LinesToSample = 5;
    private static readonly byte[] Candidates = [(byte)',', (byte)';', (byte)'\t'];

    /// <summary>Returns the candidate that appears the same, largest number of times (outside quotes) on each sampled line; comma when none does.</summary>
    public static byte Detect(ReadOnlySpan<byte> data)
    {
        Span<int> minimum = stackalloc int[Candidates.Length];
        Span<int> current = stackalloc int[Candidates.Length];
        minimum.Fill(int.MaxValue);
        var lines = 0;
        var inQuotes = false;
        for (var i = 0; i < data.Length && lines < LinesToSample; i++)
        {
            var b = data[i];
            if (b == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b == '\n')
            {
                Accumulate(minimum, current);
                lines++;
            }
            else if (!inQuotes)
            {
                var candidate = Candidates.AsSpan().IndexOf(b);
                if (candidate >= 0)
                {
                    current[candidate]++;
                }
            }
        }
        if (lines < LinesToSample && current.ContainsAnyExcept(0))
        {
            Accumulate(minimum, current);
        }
        var best = -1;
        for (var c = 0; c < Candidates.Length; c++)
        {
            var usable = minimum[c] is > 0 and not int.MaxValue;
            if (usable && (best < 0 || minimum[c] > minimum[best]))
            {
                best = c;
            }
        }
        return best < 0 ? (byte)',' : Candidates[best];
    }

    private static void Accumulate(Span<int> minimum, Span<int> current)
    {
        for (var c = 0; c < current.Length; c++)
        {
            minimum[c] = Math.Min(minimum[c], current[c]);
            current[c] = 0;
        }
    }
}
