using System.Globalization;
using System.Text;
using Osprey.Core.Data;
using Xunit;

namespace Osprey.Core.Tests.Data;

public sealed class SchemaInferenceTests
{
    [Fact]
    public void Parse_MixedColumns_InfersEachKind()
    {
        var csv = new StringBuilder("user_id,price,count,flag,yes_no,colour,when,comment\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"u{i},{i * 1.5},{i % 7},{i % 2},{(i % 3 == 0 ? "Yes" : "No")},{(i % 3 == 0 ? "red" : "blue")},2024-01-{i % 28 + 1:00} 10:00:00,\"free text number {i}\"\n");
        }

        var schema = CsvText.Parse(csv.ToString()).Schema;

        Assert.Equal(
            [ColumnKind.Identifier, ColumnKind.Numeric, ColumnKind.Integer, ColumnKind.Boolean, ColumnKind.Boolean,
             ColumnKind.Categorical, ColumnKind.DateTime, ColumnKind.Identifier],
            schema.Columns.Select(c => c.Kind));
    }

    [Fact]
    public void Parse_RepeatedFreeText_IsTextNotCategorical()
    {
        var csv = new StringBuilder("comment\n");
        for (var i = 0; i < 60; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"remark {i % 40}\n");
        }

        Assert.Equal(ColumnKind.Text, CsvText.Parse(csv.ToString())["comment"].Kind);
    }

    [Fact]
    public void Parse_IntegerColumnNamedLikeAKey_IsIdentifier()
    {
        var table = CsvText.Parse("CustomerID,amount\n17850,1\n17850,2\n13047,3\n");

        Assert.Equal(ColumnKind.Identifier, table["CustomerID"].Kind);
        Assert.Equal(ColumnKind.Integer, table["amount"].Kind);
    }

    [Fact]
    public void Parse_IsoTimestampsWithOffsets_AreStoredAsUtcTicks()
    {
        var table = CsvText.Parse("at\n2024-03-01T10:00:00+02:00\n2024-03-01T08:00:00Z\n");

        var at = (DateTimeColumn)table["at"];
        Assert.Equal(at.Ticks[0], at.Ticks[1]);
        Assert.Equal(new DateTime(2024, 3, 1, 8, 0, 0).Ticks, at.Ticks[0]);
    }

    [Fact]
    public void Parse_OverrideToCategorical_KeepsTheOriginalText()
    {
        var options = SchemaFile.ApplyOverride(new CsvOptions(), "code=categorical");

        var table = CsvText.Parse("code,v\n01,1\n2,2\n01,3\n", options);

        var code = (CategoricalColumn)table["code"];
        Assert.Equal(["01", "2"], code.Categories);
        Assert.Equal([0, 1, 0], code.Codes.ToArray());
    }

    [Fact]
    public void Parse_DeclaredNumericWithText_NamesTheColumnAndValue()
    {
        var options = new CsvOptions { ColumnKinds = new Dictionary<string, ColumnKind> { ["v"] = ColumnKind.Numeric } };

        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("v\n1\nabc\n", options));

        Assert.Contains("column 'v' is declared numeric but holds the value 'abc'", error.Message);
    }

    [Fact]
    public void Parse_OverrideForAbsentColumn_IsRejected()
    {
        var options = SchemaFile.ApplyOverride(new CsvOptions(), "nope=text");

        var error = Assert.Throws<OspreyException>(() => CsvText.Parse("v\n1\n", options));

        Assert.Contains("'nope', which is not in test.csv", error.Message);
    }

    [Fact]
    public void Parse_ManyDistinctNumbersThenText_ReadsTheTextAgain()
    {
        var csv = new StringBuilder("v\n");
        for (var i = 0; i < 5000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{i % 4500}.25\n");
        }
        csv.Append("oops\n");

        var column = CsvText.Parse(csv.ToString())["v"];

        Assert.Equal(ColumnKind.Text, column.Kind);
        Assert.Equal("4499.25", column.Format(4499));
        Assert.Equal("oops", column.Format(5000));
    }

    [Fact]
    public void Apply_SchemaFile_SetsKindsMissingTokensAndDelimiter()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"columns": {"a": "id", "b": "category"}, "missing": ["-"], "delimiter": ";"}""");
        try
        {
            var options = SchemaFile.Apply(new CsvOptions(), path);

            var table = CsvText.Parse("a;b\n1;2\n-;3\n", options);
            Assert.Equal(ColumnKind.Identifier, table["a"].Kind);
            Assert.Equal(ColumnKind.Categorical, table["b"].Kind);
            Assert.True(table["a"].IsMissing(1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_TelcoFile_LoadsWithElevenBlankTotalCharges()
    {
        var table = CsvTableReader.Read(CsvText.RepositoryFile("data/telco-churn.csv"));

        Assert.Equal(7043, table.RowCount);
        Assert.Equal(11, table["TotalCharges"].CountMissing());
        Assert.Equal(ColumnKind.Numeric, table["TotalCharges"].Kind);
        Assert.Equal(ColumnKind.Identifier, table["customerID"].Kind);
        Assert.Equal(ColumnKind.Boolean, table["SeniorCitizen"].Kind);
        Assert.Equal(ColumnKind.Boolean, table["Churn"].Kind);
        Assert.Equal(ColumnKind.Categorical, table["PaymentMethod"].Kind);
        Assert.Equal(ColumnKind.Integer, table["tenure"].Kind);
    }
}
