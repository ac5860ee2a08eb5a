using System.Globalization;
using System.Text;

namespace Osprey.Bench.Pipelines;

/// <summary>The benchmark's pipelines, as YAML: a chain of no-op tasks, and a fan-out/fan-in of no-op tasks.</summary>
internal static class BenchPipelines
{
    /// <summary>t0000 → t0001 → ... → t(n-1).</summary>
    public static string Chain(string name, int tasks)
    {
        var yaml = new StringBuilder($"name: {name}\ntasks:\n");
        for (var i = 0; i < tasks; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  t{i:D4}:\n    type: noop\n");
            if (i > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    depends_on: t{i - 1:D4}\n");
            }
        }
        return yaml.ToString();
    }

    /// <summary>root → w0000 ... w(n-1) → join.</summary>
    public static string FanOut(string name, int width)
    {
        var yaml = new StringBuilder($"name: {name}\ntasks:\n  root:\n    type: noop\n");
        for (var i = 0; i < width; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  w{i:D4}:\n    type: noop\n    depends_on: root\n");
        }
        yaml.Append("  join:\n    type: noop\n    depends_on: [");
        yaml.AppendJoin(", ", Enumerable.Range(0, width).Select(i => $"w{i:D4}"));
        return yaml.Append("]\n").ToString();
    }
}
