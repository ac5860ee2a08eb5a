using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;

namespace Osprey.Serving.Tests.Fixtures;

/// <summary>Two gradient-boosted churn models trained once per test run on the bundled data (different settings, so their answers differ), as model file bytes.</summary>
public static class ChurnModels
{
    private static readonly Lazy<Table> Data = new(() => CsvTableReader.Read(Path.Combine(AppContext.BaseDirectory, "Data", "telco-churn.csv")));
    private static readonly Lazy<byte[]> FirstBytes = new(() => Train(20, 3));
    private static readonly Lazy<byte[]> SecondBytes = new(() => Train(40, 4));

    /// <summary>Gets the bundled telco churn table.</summary>
    public static Table Table => Data.Value;

    /// <summary>Gets the path of the bundled CSV.</summary>
    public static string CsvPath => Path.Combine(AppContext.BaseDirectory, "Data", "telco-churn.csv");

    /// <summary>Gets the first model's file (20 trees of depth 3).</summary>
    public static byte[] First => FirstBytes.Value;

    /// <summary>Gets the second model's file (40 trees of depth 4).</summary>
    public static byte[] Second => SecondBytes.Value;

    /// <summary>Loads model file bytes.</summary>
    public static TrainedModel Load(byte[] bytes) => ModelFile.Load(new MemoryStream(bytes), "test model");

    private static byte[] Train(int trees, int depth)
    {
        var request = new TrainingRequest("Churn")
        {
            Parameters = new Dictionary<string, string> { ["trees"] = $"{trees}", ["max_depth"] = $"{depth}", ["threads"] = "1" },
        };
        var outcome = ModelTrainer.Train(Data.Value, request);
        using var buffer = new MemoryStream();
        ModelFile.Save(outcome.Model, buffer);
        return buffer.ToArray();
    }
}
