using System.Text;
using Osprey.Core.Data;
using Xunit;

namespace Osprey.Core.Tests.Data;

public sealed class CsvTableReaderTests
{
    [Fact]
    public void Parse_QuotedFields_KeepDelimitersQuotesAndNewlines()
    {
        var table = CsvText.Parse("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\n\"multi\nline\",plain\n");

        Assert.Equal(2, table.RowCount);
        Assert.Equal("Smith, J", table["name"].Format(0));
        Assert.Equal("said \"hi\"", table["note"].Format(0));
        Assert.Equal("multi\nline", table["name"].Format(1));
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    [InlineData(",")]
    public void Parse_AnySupportedDelimiter_IsDetected(string delimiter)
    {
        var table = CsvText.Parse($"a{delimiter}b{delimiter}c\n1{delimiter}2.5{delimiter}x\n3{delimiter}4{delimiter}y\n");

        Assert.Equal(["a", "b", "c"], table.Columns.Select(c => c.Name));
        Assert.Equal(2.5, ((NumericColumn)table["b"]).Values[0]);
    }

    [Fact]
    public void Parse_CrlfAndLf_GiveTheSameTable()
    {
        var lf = CsvText.Parse("x,y\n1,a\n2,b\n");
        var crlf = CsvText.Parse("x,y\r\n1,a\r\n2,b\r\n");

        Assert.Equal(DataFingerprinter.Compute(lf).Digest, DataFingerprinter.Compute(crlf).Digest);
    }

    [Fact]
    public void Parse_Latin1Bytes_DecodesAccentedLetters()
    {
        var bytes = Encoding.Latin1.GetBytes("city,n\nZürich,1\nSão Paulo,2\nZürich,3\n");

        var table = CsvTableReader.Parse(bytes, "latin1.csv");

        Assert.Equal("Zürich", table["city"].Format(0));
        Assert.Equal("São Paulo", table["city"].Format(1));
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsNotPartOfTheFirstName()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id_col,v\n1,2\n")).ToArray();

        var table = CsvTableReader.Parse(bytes, "bom.csv");

        Assert.Equal("id_col", table.Columns[0].Name);
    }

    [Fact]
    public void Parse_UnterminatedQuote_NamesFileLineAndColumn()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("a,b\n1,2\n3,\"open\n"));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("test.csv line 3, column 3", error.Message);
        Assert.Contains("never closed", error.Message);
    }

    [Fact]
    public void Parse_TextAfterClosingQuote_NamesLineAndColumn()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("a,b\n\"x\"y,2\n"));

        Assert.Contains("line 2, column 4", error.Message);
    }

    [Fact]
    public void Parse_RowWithTooFewFields_NamesLineAndColumn()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("a,b,c\n1,2,3\n4,5\n"));

        Assert.Contains("test.csv line 3, column 4", error.Message);
        Assert.Contains("found 2 fields but the header has 3", error.Message);
    }

    [Fact]
    public void Parse_RowWithTooManyFields_PointsAtTheExtraField()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("a,b\n1,2\n3,4,5\n"));

        Assert.Contains("line 3, column 5", error.Message);
    }

    [Fact]
    public void Parse_EmptyInput_SaysTheFileIsEmpty()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse(""));

        Assert.Contains("test.csv is empty", error.Message);
    }

    [Fact]
    public void Read_AbsentFile_IsNotFound()
    {
        var error = Assert.Throws<OspreyException>(() => CsvTableReader.Read(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.csv")));

        Assert.Equal(ErrorCode.NotFound, error.Code);
    }

    [Fact]
    public void Parse_DuplicateHeaderName_IsRejected()
    {
        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("a,a\n1,2\n"));

        Assert.Contains("'a' twice", error.Message);
    }

    [Fact]
    public void Parse_MissingTokens_BecomeMissingValues()
    {
        var table = CsvText.Parse("v,w\n1,x\n,y\n  ,NA\nNA,N/A\nnull,?\n2,z\n");

        var v = (NumericColumn)table["v"];
        Assert.Equal(ColumnKind.Integer, v.Kind);
        Assert.Equal(4, v.CountMissing());
        Assert.Equal(3, table["w"].CountMissing());
    }

    [Fact]
    public void Parse_CustomMissingTokens_ReplaceTheDefaults()
    {
        var table = CsvText.Parse("v\n1\n-999\nNA\n", new CsvOptions { MissingTokens = ["-999"] });

        Assert.Equal(1, table["v"].CountMissing());
        Assert.Equal(ColumnKind.Categorical, table["v"].Kind);
    }

    [Fact]
    public void Parse_TrailingNewlinesAndBlankLines_AreNotRows()
    {
        var table = CsvText.Parse("a,b\n1,2\n\n3,4\n\n");

        Assert.Equal(2, table.RowCount);
    }
}
