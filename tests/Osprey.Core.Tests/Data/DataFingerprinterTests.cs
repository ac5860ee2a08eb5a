using Osprey.Core.Data;
using Xunit;

namespace Osprey.Core.Tests.Data;

public sealed class DataFingerprinterTests
{
    [Fact]
    public void Compute_SameContent_SameDigest()
    {
        var first = DataFingerprinter.Compute(CsvText.Parse("a,b\n1,x\n2,\n"));
        var second = DataFingerprinter.Compute(CsvText.Parse("a;b\r\n\"1\";x\r\n2;NA\r\n"));

        Assert.Equal(first, second);
        Assert.Equal(64, first.Digest.Length);
        Assert.Equal("a:integer,b:categorical", first.Schema);
    }

    [Fact]
    public void Compute_OneValueChanged_DifferentDigest()
    {
        var first = DataFingerprinter.Compute(CsvText.Parse("a,b\n1,x\n2,y\n"));
        var second = DataFingerprinter.Compute(CsvText.Parse("a,b\n1,x\n2,z\n"));

        Assert.NotEqual(first.Digest, second.Digest);
        Assert.Equal(2, second.Rows);
    }

    [Fact]
    public void Compute_RowsTakenFromALargerTable_MatchesTheSameRowsParsedDirectly()
    {
        var whole = CsvText.Parse("a,b\n1.5,x\n2.5,y\n3.5,x\n");
        var direct = CsvText.Parse("a,b\n3.5,x\n1.5,x\n");

        Assert.Equal(DataFingerprinter.Compute(direct).Digest, DataFingerprinter.Compute(whole.Take([2, 0])).Digest);
    }
}
