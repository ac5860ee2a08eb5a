using System.Globalization;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Server.Tests.Monitoring;

/// <summary>Prediction logs and reference data for the monitoring tests: a binary classifier with labels, and numeric inputs a and b.</summary>
internal static class MonitoringData
{
    /// <summary>Logs four predictions of version 2 an hour before <paramref name="now"/>; three get ground truth, one of them wrong (accuracy 2/3).</summary>
    public static async Task SeedLabelledAsync(WorkspaceStores stores, string model, DateTimeOffset now)
    {
        var t = now.ToUnixTimeMilliseconds() - 3_600_000;
        PredictionRecord Row(string id, string predicted, double p) =>
            new(model + id, 0, t, model, 2, "stable", "{}", string.Create(CultureInfo.InvariantCulture, $"{{\"probability\":{p}}}"), predicted, 1);
        await stores.PredictionLog.AppendAsync(PredictionBatch.From([Row("a", "Yes", 0.9), Row("b", "No", 0.2), Row("c", "Yes", 0.7), Row("d", "No", 0.1)]), CancellationToken.None);
        foreach (var (id, label) in new[] { ("a", "Yes"), ("b", "No"), ("c", "No") })
        {
            await stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth(model + id, 0, label, t + 10), CancellationToken.None);
        }
    }

    /// <summary>Logs 300 predictions whose inputs a and b are shifted by <paramref name="shift"/> from <see cref="WriteCsv"/>'s.</summary>
    public static async Task SeedInputsAsync(WorkspaceStores stores, string model, DateTimeOffset now, double shift)
    {
        var t = now.ToUnixTimeMilliseconds() - 600_000;
        var rows = Rows(shift).Select((r, i) => new PredictionRecord($"{model}-{i}", 0, t + i, model, 1, "stable",
            string.Create(CultureInfo.InvariantCulture, $"{{\"a\":{r.A},\"b\":{r.B}}}"), "{\"probability\":0.5}", "Yes", 1)).ToList();
        await stores.PredictionLog.AppendAsync(PredictionBatch.From(rows), CancellationToken.None);
    }

    /// <summary>Writes 300 rows of a (uniform in [0, 1)) and b (whole numbers 0–19), each plus <paramref name="shift"/>.</summary>
    public static void WriteCsv(string path, double shift) =>
        File.WriteAllLines(path, ["a,b", .. Rows(shift).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.A},{r.B}"))]);

    /// <summary>Profiles a CSV file as <c>osprey monitor drift --save-profile</c> would.</summary>
    public static DataProfile Profile(string csv)
    {
        var reader = new CsvChunkReader(csv);
        var schema = reader.InferSchema();
        return ProfileBuilder.Profile(schema, reader.Read(schema), csv, CancellationToken.None);
    }

    private static IEnumerable<(double A, double B)> Rows(double shift)
    {
        var random = new Random(3);
        for (var i = 0; i < 300; i++)
        {
            yield return (random.NextDouble() + shift, random.Next(20) + shift);
        }
    }
}
