using System.Globalization;
using System.Text;

namespace Osprey.Bench.Learning;

/// <summary>Formats results as one markdown table, each peer compared with the Osprey learner of the same family on the same data.</summary>
internal static class ResultTable
{
    public static string Markdown(IReadOnlyList<BenchResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| data | learner | train s | train time / Osprey's | score rows/s | test ROC AUC | AUC − Osprey's | log loss | note |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var reference = results.FirstOrDefault(r => r.Data == result.Data && r.Learner.StartsWith("osprey", StringComparison.Ordinal) && Family(r) == Family(result));
            var ratio = reference is null || reference == result ? "1" : F(result.TrainSeconds / reference.TrainSeconds, "0.00");
            var delta = reference is null || reference == result ? "" : Signed(result.Auc - reference.Auc);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Data} | {result.Learner} | {F(result.TrainSeconds, "0.00")} | {ratio} | {F(result.ScoreRowsPerSecond, "#,0")} | {F(result.Auc, "0.0000")} | {delta} | {F(result.LogLoss, "0.0000")} | {result.Note} |");
        }
        return text.ToString();
    }

    private static string Family(BenchResult result) => result.Learner switch
    {
        var l when l.Contains("rf", StringComparison.Ordinal) || l.Contains("forest", StringComparison.Ordinal) => "forest",
        var l when l.Contains("logistic", StringComparison.Ordinal) => "linear",
        _ => "boosting",
    };

    private static string Signed(double value)
    {
        var rounded = Math.Round(value, 4);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + Math.Abs(rounded).ToString("0.0000", CultureInfo.InvariantCulture);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
