using Osprey.Cli.Rendering;
using Osprey.Core.Learning.Evaluation;
using Spectre.Console;

namespace Osprey.Cli.Learning;

/// <summary>Tables of evaluation results: metrics in a familiar order and the confusion matrix with class names.</summary>
internal static class LearningTables
{
    private static readonly string[] Order =
    [
        "accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "best_f1", "best_f1_threshold",
        "precision_macro", "recall_macro", "f1_macro", "f1_weighted", "roc_auc_ovr", "rmse", "mae", "r2", "mape",
    ];

    /// <summary>Returns the metrics in a familiar order (unknown names last, alphabetically).</summary>
    public static IEnumerable<KeyValuePair<string, double>> Ordered(IReadOnlyDictionary<string, double> metrics) =>
        metrics.OrderBy(m => Array.IndexOf(Order, m.Key) is var i and >= 0 ? i : Order.Length).ThenBy(m => m.Key, StringComparer.Ordinal);

    /// <summary>Returns a two-column table of metrics, with a title such as "Test metrics".</summary>
    public static Table Metrics(string title, IReadOnlyDictionary<string, double> metrics)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (key, value) in Ordered(metrics))
        {
            table.AddRow(Markup.Escape(key), DisplayText.Number(value));
        }
        return table;
    }

    /// <summary>Returns the confusion matrix (rows: actual class, columns: predicted class), or null for regression.</summary>
    public static Table? Confusion(EvaluationReport report, IReadOnlyList<string> classes, double threshold)
    {
        if (report.Confusion is not { } matrix)
        {
            return null;
        }
        var title = classes.Count == 2 ? $"Confusion matrix at threshold {DisplayText.Number(threshold)}" : "Confusion matrix";
        var table = new Table().Title(Markup.Escape(title)).AddColumn("actual \\ predicted");
        foreach (var name in classes)
        {
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }
        for (var row = 0; row < matrix.Count; row++)
        {
            var cells = new List<string> { Markup.Escape(row < classes.Count ? classes[row] : row.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            cells.AddRange(matrix[row].Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    /// <summary>Returns the most important features as a compact bar chart.</summary>
    public static BarChart Importance(IReadOnlyList<FeatureImportance> importance, int top)
    {
        var chart = new BarChart().Label("Feature importance (% of the total)").Width(60);
        foreach (var feature in importance.OrderByDescending(i => i.Share).Take(top))
        {
            chart.AddItem(Markup.Escape(feature.Feature), Math.Round(feature.Share * 100, 1), Color.Blue);
        }
        return chart;
    }
}
