namespace Osprey.Cli.Tests.Learning;

/// <summary>The repository's bundled data and fixtures, and the arguments that train a small, fast model on the telco file.</summary>
internal static class LearningFiles
{
    /// <summary>Gets the bundled telco churn file.</summary>
    public static string Telco { get; } = Repository("data/telco-churn.csv");

    /// <summary>Gets the folder of the committed XGBoost fixtures (models saved by python3-xgboost with inputs and its predictions).</summary>
    public static string XgboostFixtures { get; } = Repository("tests/Osprey.Core.Tests/Learning/Fixtures");

    /// <summary>Returns <c>train</c> arguments for a quick gbdt on the telco file (12 shallow trees, two threads) plus <paramref name="extra"/>.</summary>
    public static string[] QuickTrain(params string[] extra) =>
        ["train", "--data", Telco, "--target", "Churn", "--param", "trees=12", "--param", "max_depth=4", "--param", "threads=2", .. extra];

    /// <summary>Writes the telco header and the given data lines (1-based line numbers of the file, header excluded) to a new file.</summary>
    public static string TelcoLines(string folder, string name, params int[] lines)
    {
        var all = File.ReadAllLines(Telco);
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, [all[0], .. lines.Select(line => all[line - 1])]);
        return path;
    }

    private static string Repository(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osprey.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Osprey.slnx not found above the test folder."), relative);
    }
}
