using System.Globalization;
using System.Text.RegularExpressions;

namespace Osprey.Bench.Serving;

/// <summary>What one wrk run measured: requests per second, latency percentiles, and the non-2xx and socket error counts.</summary>
internal sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Failures)
{
    /// <summary>Reads wrk's text output (run with <c>--latency</c>).</summary>
    public static WrkResult Parse(string output)
    {
        var rps = double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrors().Match(output) is { Success: true } s
            ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture))
            : 0;
        return new WrkResult(rps, Percentile(output, "50"), Percentile(output, "99"), requests, non2xx + socket);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
