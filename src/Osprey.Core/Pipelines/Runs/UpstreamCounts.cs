using System.Globalization;
using System.Text;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>How a task's direct parents stand: how many there are and how many finished in each way.</summary>
/// <param name="Failed">Parents that failed, timed out or were cancelled.</param>
public readonly record struct UpstreamCounts(int Total, int Success, int Skipped, int Failed, int UpstreamFailed)
{
    /// <summary>Gets how many parents finished in any state.</summary>
    public int Done => Success + Skipped + Failed + UpstreamFailed;

    /// <summary>Counts the parents' states.</summary>
    public static UpstreamCounts Of(IEnumerable<TaskState> parents)
    {
        int total = 0, success = 0, skipped = 0, failed = 0, upstreamFailed = 0;
        foreach (var state in parents)
        {
            total++;
            switch (state)
            {
                case TaskState.Success:
                    success++;
                    break;
                case TaskState.Skipped:
                    skipped++;
                    break;
                case TaskState.UpstreamFailed:
                    upstreamFailed++;
                    break;
                case var s when s.CountsAsFailed():
                    failed++;
                    break;
            }
        }
        return new UpstreamCounts(total, success, skipped, failed, upstreamFailed);
    }

    /// <summary>Describes the counts, e.g. "parents: 1 success, 1 failed, 1 still running".</summary>
    public override string ToString()
    {
        var text = new StringBuilder("parents:");
        Append(text, Success, "success");
        Append(text, Skipped, "skipped");
        Append(text, Failed, "failed");
        Append(text, UpstreamFailed, "upstream_failed");
        Append(text, Total - Done, "not finished");
        return text.ToString().TrimEnd(',');
    }

    private static void Append(StringBuilder text, int count, string what)
    {
        if (count > 0)
        {
            text.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(what).Append(',');
        }
    }
}
