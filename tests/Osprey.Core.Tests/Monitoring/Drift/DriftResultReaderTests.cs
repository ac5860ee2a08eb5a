using System.Text.Json;
using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class DriftResultReaderTests
{
    [Fact]
    public void Read_WrittenResult_GivesBackTheSameDocument()
    {
        var random = new Random(7);
        var reference = Profiles.Table("x", Enumerable.Range(0, 2000).Select(_ => random.NextDouble()).ToArray(), null);
        var current = Profiles.Table("x", Enumerable.Range(0, 2000).Select(_ => random.NextDouble() + 0.3).ToArray(), null);
        var result = DriftAnalyzer.Compare(reference, current, new DriftOptions());
        var written = DriftJson.Write(result);

        using var document = JsonDocument.Parse(written);
        var read = DriftResultReader.Read(document.RootElement);

        Assert.True(read.DatasetDrift);
        Assert.Equal(result.Columns.Single().Statistic, read.Columns.Single().Statistic);
        Assert.Equal(written, DriftJson.Write(read));
    }

    [Fact]
    public void Read_DocumentWithoutColumns_IsRefused()
    {
        using var document = JsonDocument.Parse("{\"reference\": \"a\"}");

        Assert.Throws<InvalidDataException>(() => DriftResultReader.Read(document.RootElement));
    }
}
