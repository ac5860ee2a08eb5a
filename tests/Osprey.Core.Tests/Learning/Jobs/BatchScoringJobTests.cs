using System.Globalization;
using System.Text;
using Osprey.Core.Learning.Jobs;
using Osprey.Core.Learning.Training;
using Osprey.Core.Tests.Data;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class BatchScoringJobTests
{
    // A model file reference needs no tracking or registry services.
    private static readonly BatchScoringJob Job = new(new JobServices(null!, null!, null!, null!, null!, null!), TimeProvider.System);

    [Fact]
    public async Task RunAsync_SmallChunks_WriteTheSameFileAsOneChunk()
    {
        using var folder = new TempDirectory();
        var (data, _) = WriteData(folder, badRow: null);
        var model = TrainModel(folder, data);
        var steps = new List<ScoringProgress>();

        var chunked = await Job.RunAsync(new BatchScoringRequest(model, new DataFile(data), folder.File("chunked.csv")) { ChunkBytes = 2000, BatchSize = 97 }, new Recorder(steps), CancellationToken.None);
        var whole = await Job.RunAsync(new BatchScoringRequest(model, new DataFile(data), folder.File("whole.csv")) { ChunkBytes = int.MaxValue }, null, CancellationToken.None);

        Assert.Equal(File.ReadAllBytes(folder.File("whole.csv")), File.ReadAllBytes(folder.File("chunked.csv")));
        Assert.Equal((1500L, 1500L), (chunked.Rows, whole.Rows));
        Assert.True(steps.Count > 10, $"expected many chunks, got {steps.Count}");
        Assert.Equal(new FileInfo(data).Length, steps[^1].Bytes);
        Assert.Equal(steps.Select(s => s.Bytes).Order(), steps.Select(s => s.Bytes));
        Assert.StartsWith("customer_id,prediction,probability_no,probability_yes\nC0000,", File.ReadAllText(folder.File("chunked.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadValueInALaterChunk_NamesItsFileLine()
    {
        using var folder = new TempDirectory();
        var (clean, _) = WriteData(folder, badRow: null);
        var model = TrainModel(folder, clean);
        var (data, badLine) = WriteData(folder, badRow: 1234, name: "bad.csv");

        var error = await Assert.ThrowsAsync<OspreyException>(() =>
            Job.RunAsync(new BatchScoringRequest(model, new DataFile(data), folder.File("out.csv")) { ChunkBytes = 2000 }, null, CancellationToken.None));

        Assert.Equal($"bad.csv line {badLine}: Column 'tenure' expects an integer value but got 'forty'.", error.Message);
        Assert.False(File.Exists(folder.File("out.csv")));
    }

    private static string TrainModel(TempDirectory folder, string data)
    {
        var table = Core.Data.CsvTableReader.Read(data);
        var trained = ModelTrainer.Train(table, new TrainingRequest("churn") { Learner = "gbdt", Parameters = new Dictionary<string, string> { ["trees"] = "15" } }).Model;
        var path = folder.File("model.json");
        File.WriteAllBytes(path, ModelArtifacts.ModelBytes(trained));
        return path;
    }

    // Rows with quoted notes that hold newlines, so records and lines differ; returns the path and the line of the bad row.
    private static (string Path, int BadLine) WriteData(TempDirectory folder, int? badRow, string name = "customers.csv")
    {
        var text = new StringBuilder("customer_id,tenure,plan,note,churn\n");
        var line = 2;
        var badLine = 0;
        for (var r = 0; r < 1500; r++)
        {
            var tenure = r == badRow ? "forty" : r % 23 == 0 ? "NA" : ((r * 7) % 72).ToString(CultureInfo.InvariantCulture);
            badLine = r == badRow ? line : badLine;
            var note = r % 5 == 0 ? "\"called twice,\nthen wrote\"" : "plain";
            var plan = (r % 3) switch { 0 => "basic", 1 => "plus", _ => "pro" };
            text.Append(CultureInfo.InvariantCulture, $"C{r:D4},{tenure},{plan},{note},{((r * 7) % 72 < 20 ^ r % 11 == 0 ? "yes" : "no")}\n");
            line += r % 5 == 0 ? 2 : 1;
        }
        var path = folder.File(name);
        File.WriteAllText(path, text.ToString());
        return (path, badLine);
    }

    private sealed class Recorder(List<ScoringProgress> steps) : IProgress<ScoringProgress>
    {
        public void Report(ScoringProgress value) => steps.Add(value);
    }
}
