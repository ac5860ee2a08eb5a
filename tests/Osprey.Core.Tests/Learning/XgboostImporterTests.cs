using System.Diagnostics;
using System.Globalization;
using Osprey.Core.Learning;
using Osprey.Core.Learning.Import;
using Osprey.Core.Learning.Models;
using Osprey.Core.Tests.Data;
using Xunit;

namespace Osprey.Core.Tests.Learning;

/// <summary>Fixtures were written once by bench/peers/xgboost_fixture.py with Debian's python3-xgboost 1.7.4.</summary>
public sealed class XgboostImporterTests
{
    private const double Tolerance = 1e-5;

    [Theory]
    [InlineData("binary", LearningTask.BinaryClassification)]
    [InlineData("regression", LearningTask.Regression)]
    [InlineData("multiclass", LearningTask.MulticlassClassification)]
    [InlineData("categorical", LearningTask.BinaryClassification)]
    public void Import_CommittedFixture_PredictsLikeXgboost(string name, LearningTask task)
    {
        var directory = CsvText.RepositoryFile("tests/Osprey.Core.Tests/Learning/Fixtures");

        var model = XgboostImporter.Import(Path.Combine(directory, $"{name}.model.json"));

        Assert.Equal(task, model.Info.Task);
        AssertMatches(model, directory, name);
    }

    [Fact]
    public void Import_ThenSaveAsOspreyModel_KeepsThePredictions()
    {
        var directory = CsvText.RepositoryFile("tests/Osprey.Core.Tests/Learning/Fixtures");
        var model = XgboostImporter.Import(Path.Combine(directory, "multiclass.model.json"));
        var stream = new MemoryStream();

        ModelFile.Save(model, stream);
        var reloaded = ModelFile.Load(new MemoryStream(stream.ToArray()), "reloaded.json");

        Assert.Equal("xgboost", reloaded.Info.Learner);
        AssertMatches(reloaded, directory, "multiclass");
    }

    [PythonXgboostFact]
    public void Import_FreshModelFromPython_PredictsLikeXgboost()
    {
        var script = CsvText.RepositoryFile("bench/peers/xgboost_fixture.py");
        var directory = Path.Combine(Path.GetTempPath(), $"osprey-xgb-{Guid.NewGuid():N}");
        try
        {
            var seed = Environment.TickCount % 100000;
            Run("/usr/bin/python3", $"\"{script}\" \"{directory}\" --seed {seed} --rows 600 --trees 60");
            foreach (var name in new[] { "binary", "regression", "multiclass", "categorical" })
            {
                AssertMatches(XgboostImporter.Import(Path.Combine(directory, $"{name}.model.json")), directory, name);
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Import_UnsupportedObjective_NamesIt()
    {
        var json = File.ReadAllText(CsvText.RepositoryFile("tests/Osprey.Core.Tests/Learning/Fixtures/regression.model.json"))
            .Replace("reg:squarederror", "count:poisson", StringComparison.Ordinal);

        var error = Assert.Throws<OspreyException>(() => XgboostImporter.Import(System.Text.Encoding.UTF8.GetBytes(json), "poisson.json"));

        Assert.Contains("objective 'count:poisson'", error.Message);
    }

    [Fact]
    public void Import_NotXgboostJson_IsRejected()
    {
        var error = Assert.Throws<OspreyException>(() => XgboostImporter.Import("{\"a\": 1}"u8.ToArray(), "other.json"));

        Assert.Contains("other.json", error.Message);
        Assert.Contains("'learner'", error.Message);
    }

    private static void AssertMatches(TrainedModel model, string directory, string name)
    {
        var inputs = File.ReadAllLines(Path.Combine(directory, $"{name}.inputs.csv"))[1..];
        var expected = File.ReadAllLines(Path.Combine(directory, $"{name}.expected.csv"))[1..];
        var columns = new float[model.Encoder.Features.Count][];
        for (var f = 0; f < columns.Length; f++)
        {
            columns[f] = inputs.Select(line => Parse(line.Split(',')[f])).ToArray();
        }
        var predictions = model.Predictor.Predict(new FeatureMatrix(model.Encoder.Features, columns));
        var outputs = model.OutputCount;
        for (var r = 0; r < expected.Length; r++)
        {
            var values = expected[r].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            for (var k = 0; k < outputs; k++)
            {
                Assert.True(Math.Abs(values[k] - predictions[r * outputs + k]) <= Tolerance,
                    $"{name} row {r} output {k}: xgboost {values[k]} osprey {predictions[r * outputs + k]}");
            }
        }
    }

    private static float Parse(string text) => text.Length == 0 ? float.NaN : float.Parse(text, CultureInfo.InvariantCulture);

    private static void Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed: {error}");
        }
    }
}
