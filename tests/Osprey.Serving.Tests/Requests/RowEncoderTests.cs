using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Tests.Requests;

public sealed class RowEncoderTests
{
    private static readonly FeatureEncoder Encoder = new(
    [
        new InputColumn("age", ColumnKind.Numeric),
        new InputColumn("member", ColumnKind.Boolean),
        new InputColumn("plan", ColumnKind.Categorical, ["basic", "1", "True"]),
        new InputColumn("since", ColumnKind.DateTime),
    ], CsvOptions.DefaultMissingTokens);

    [Fact]
    public void Encode_MixedSpellings_MatchTheModelFilesPreprocessing()
    {
        var row = new RawRow();
        Text(row, "since", "2024-01-31");
        Text(row, "plan", "basic");
        Number(row, "member", 1);
        Number(row, "age", 41.5);
        Span<float> features = stackalloc float[4];

        var problem = new RowEncoder(Encoder, new ValidationPolicy()).Encode(row, features);

        Assert.Null(problem);
        Assert.Equal(41.5f, features[0]);
        Assert.Equal(1f, features[1]);
        Assert.Equal(0f, features[2]);
        Assert.Equal(Encoder.EncodeText(3, "2024-01-31"), features[3]);
    }

    [Fact]
    public void Encode_CategorySpelledAsNumberOrFlag_FindsItsCode()
    {
        var numbers = Row(("age", 1), ("member", 0), ("since", "2020-01-01"));
        Number(numbers, "plan", 1);
        var flags = Row(("age", 1), ("member", 0), ("since", "2020-01-01"));
        flags.Add(new RawField(flags.Append("plan"), 4, RawValueKind.True, double.NaN, 0, 0));
        Span<float> features = stackalloc float[4];
        var encoder = new RowEncoder(Encoder, new ValidationPolicy(RejectUnseenCategories: true));

        Assert.Null(encoder.Encode(numbers, features));
        Assert.Equal(1f, features[2]);
        Assert.Null(encoder.Encode(flags, features));
        Assert.Equal(2f, features[2]);
    }

    [Fact]
    public void Encode_MissingValuesAllowed_BecomeNaN()
    {
        var row = Row(("age", "NA"), ("member", "?"), ("since", " "));
        row.Add(new RawField(row.Append("plan"), 4, RawValueKind.Null, double.NaN, 0, 0));
        Span<float> features = stackalloc float[4];

        var problem = new RowEncoder(Encoder, new ValidationPolicy()).Encode(row, features);

        Assert.Null(problem);
        Assert.True(float.IsNaN(features[0]) && float.IsNaN(features[1]) && float.IsNaN(features[2]) && float.IsNaN(features[3]));
    }

    [Theory]
    [InlineData("member", 2.0, "wrong_type")]
    [InlineData("since", 5.0, "wrong_type")]
    public void Encode_NumberWhereItCannotBe_NamesTheFeature(string feature, double value, string reason)
    {
        var row = Row(("age", 1), ("plan", "basic"));
        foreach (var name in new[] { "member", "since" })
        {
            if (name == feature)
            {
                Number(row, name, value);
            }
            else if (name == "member")
            {
                Number(row, name, 1);
            }
            else
            {
                Text(row, name, "2020-01-01");
            }
        }

        var problem = new RowEncoder(Encoder, new ValidationPolicy()).Encode(row, new float[4]);

        Assert.Equal((feature, reason), (problem?.Field, problem?.Code));
    }

    [Fact]
    public void Encode_PositionalRow_FollowsColumnOrder()
    {
        var row = new RawRow();
        foreach (var text in new[] { "30", "yes", "1", "2021-06-01" })
        {
            row.Add(new RawField(0, -1, RawValueKind.Text, double.NaN, row.Append(text), text.Length));
        }
        var features = new float[4];

        Assert.Null(new RowEncoder(Encoder, new ValidationPolicy()).Encode(row, features));
        Assert.Equal([30f, 1f, 1f, Encoder.EncodeText(3, "2021-06-01")], features);
    }

    private static RawRow Row(params (string Name, object Value)[] fields)
    {
        var row = new RawRow();
        foreach (var (name, value) in fields)
        {
            if (value is string text)
            {
                Text(row, name, text);
            }
            else
            {
                Number(row, name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return row;
    }

    private static void Text(RawRow row, string name, string text)
    {
        var nameStart = row.Append(name);
        row.Add(new RawField(nameStart, name.Length, RawValueKind.Text, double.NaN, row.Append(text), text.Length));
    }

    private static void Number(RawRow row, string name, double value)
    {
        var nameStart = row.Append(name);
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        row.Add(new RawField(nameStart, name.Length, RawValueKind.Number, value, row.Append(text), text.Length));
    }
}
