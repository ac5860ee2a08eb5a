using System.Text;
using Osprey.Core.Data;
using Osprey.Core.Learning.Jobs;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class CsvOutputTests
{
    [Fact]
    public void Field_ValuesNeedingQuotes_ReadBackUnchanged()
    {
        string[] values = ["plain", "with, comma", "say \"hi\"", "two\nlines", " padded ", ""];
        var text = new StringWriter();
        var output = new CsvOutput(text);
        output.Field("name");
        output.Field("number");
        output.EndRecord();
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            output.Field(value);
            output.Field(i / 3.0);
            output.EndRecord();
        }

        var table = CsvTableReader.Parse(Encoding.UTF8.GetBytes(text.ToString()), "out.csv",
            new CsvOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["name"] = ColumnKind.Text } });

        // The reader trims unquoted and quoted padding alike, and reads an empty field as missing.
        Assert.Equal(["plain", "with, comma", "say \"hi\"", "two\nlines", "padded", null], Enumerable.Range(0, 6).Select(table["name"].Format));
        Assert.Equal(values.Select((_, i) => i / 3.0), ((NumericColumn)table["number"]).Values.ToArray());
    }

    [Fact]
    public void Field_NaN_IsAnEmptyField()
    {
        var text = new StringWriter();
        var output = new CsvOutput(text);

        output.Field(double.NaN);
        output.Field(double.PositiveInfinity);
        output.EndRecord();

        Assert.Equal(",Infinity\n", text.ToString());
    }
}
