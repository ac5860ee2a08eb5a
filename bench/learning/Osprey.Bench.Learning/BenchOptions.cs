using System.Globalization;

namespace Osprey.Bench.Learning;

/// <summary>Command-line settings of the benchmark.</summary>
internal sealed record BenchOptions(int Rows, string Output, string Repository, bool SkipPeers, string? Only, int ForestTrees, int ForestDepth)
{
    /// <summary>Gets whether only the boosting learners run (the forest and linear comparisons are skipped).</summary>
    public bool BoostingOnly { get; init; }

    public string Peers => Path.Combine(Repository, "bench", "peers");

    public static BenchOptions Parse(string[] args)
    {
        var repository = FindRepository();
        var options = new BenchOptions(1_000_000, Path.Combine(repository, "bench", "results", "learning"), repository, false, null, 50, 10);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--rows" => options with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--out" => options with { Output = Path.GetFullPath(args[++i]) },
                "--skip-peers" => options with { SkipPeers = true },
                "--boosting-only" => options with { BoostingOnly = true },
                "--only" => options with { Only = args[++i] },
                "--forest-trees" => options with { ForestTrees = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--forest-depth" => options with { ForestDepth = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Use --rows N, --out DIR, --skip-peers, --boosting-only, --only synthetic|telco|scoring, --forest-trees N, --forest-depth N."),
            };
        }
        return options;
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osprey.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
