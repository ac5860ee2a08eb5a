using System.Globalization;
using System.Text;
using Osprey.Core.Data;
using Xunit;

namespace Osprey.Core.Tests.Data;

public sealed class DataSplitterTests
{
    private static Table MakeTable(int rows)
    {
        var csv = new StringBuilder("day,label\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{new DateTime(2024, 1, 1).AddDays(rows - i):yyyy-MM-dd},{(i % 4 == 0 ? "rare" : "common")}\n");
        }
        return CsvText.Parse(csv.ToString());
    }

    [Fact]
    public void Split_Random_IsDisjointCompleteAndRepeatable()
    {
        var table = MakeTable(1000);
        var options = new SplitOptions { Seed = 7 };

        var first = DataSplitter.Split(table, options);
        var again = DataSplitter.Split(table, options);
        var other = DataSplitter.Split(table, options with { Seed = 8 });

        Assert.Equal((700, 100, 200), (first.Train.Length, first.Validation.Length, first.Test.Length));
        Assert.Equal(Enumerable.Range(0, 1000), first.Train.Concat(first.Validation).Concat(first.Test).Order());
        Assert.Equal(first.Test, again.Test);
        Assert.NotEqual(first.Test, other.Test);
    }

    [Fact]
    public void Split_Stratified_KeepsClassProportionsInEveryPart()
    {
        var table = MakeTable(1000);
        var label = table["label"];

        var split = DataSplitter.Split(table, new SplitOptions { Strategy = SplitStrategy.Stratified, Column = "label", Seed = 3 });

        Assert.Equal(50, split.Test.Count(r => label.Format(r) == "rare"));
        Assert.Equal(25, split.Validation.Count(r => label.Format(r) == "rare"));
        Assert.Equal(175, split.Train.Count(r => label.Format(r) == "rare"));
    }

    [Fact]
    public void Split_Time_PutsTheNewestRowsInTest()
    {
        var table = MakeTable(100);
        var day = (DateTimeColumn)table["day"];

        var split = DataSplitter.Split(table, new SplitOptions { Strategy = SplitStrategy.Time, Column = "day", TestFraction = 0.2, ValidationFraction = 0.1 });

        var newestTrain = split.Train.Max(r => day.Ticks[r]);
        var oldestValidation = split.Validation.Min(r => day.Ticks[r]);
        var oldestTest = split.Test.Min(r => day.Ticks[r]);
        Assert.True(newestTrain < oldestValidation && split.Validation.Max(r => day.Ticks[r]) < oldestTest);
        Assert.Equal(20, split.Test.Length);
    }

    [Fact]
    public void Split_FractionsLeavingNoTraining_AreRejected()
    {
        var error = Assert.Throws<OspreyException>(() => DataSplitter.Split(MakeTable(10), new SplitOptions { TestFraction = 0.6, ValidationFraction = 0.4 }));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
    }

    [Fact]
    public void NextInt_SameSeed_SameSequenceWithinBounds()
    {
        var a = new SeededRandom(11);
        var b = new SeededRandom(11);

        var first = Enumerable.Range(0, 100).Select(_ => a.NextInt(7)).ToArray();
        var second = Enumerable.Range(0, 100).Select(_ => b.NextInt(7)).ToArray();

        Assert.Equal(first, second);
        Assert.All(first, v => Assert.InRange(v, 0, 6));
        Assert.Equal(7, first.Distinct().Count());
    }
}
