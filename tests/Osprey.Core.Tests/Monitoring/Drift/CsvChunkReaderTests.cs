using System.Text;
using Osprey.Core.Monitoring.Drift;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class CsvChunkReaderTests
{
    [Fact]
    public void Read_FileLargerThanABlock_ProfilesEveryRowIncludingQuotedNewlines()
    {
        using var folder = new TempDirectory();
        var path = folder.File("chunked-quoted.csv");
        var text = new StringBuilder("id,amount,note\n");
        var rows = CsvChunkReader.BlockBytes / 20 + 5000;
        for (var i = 0; i < rows; i++)
        {
            text.Append(i).Append(',').Append(i % 100).Append(i % 7 == 0 ? ",\"two\nlines, \"\"quoted\"\"\"\n" : ",plain\n");
        }
        File.WriteAllText(path, text.ToString());
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();

        var profile = ProfileBuilder.Profile(schema, reader.Read(schema), path, CancellationToken.None);

        Assert.Equal([ColumnType.Numerical, ColumnType.Numerical, ColumnType.Categorical], schema.Select(c => c.Type));
        Assert.Equal(rows, profile.Rows);
        var note = profile.Column("note")!.Categorical!;
        Assert.Equal(["plain", "two\nlines, \"quoted\""], note.Labels);
        Assert.Equal((rows + 6) / 7, note.Counts[1]);
        Assert.Equal(100, profile.Column("amount")!.Numeric!.Values.Length);
    }

    [Fact]
    public void Read_ThreeBlocksReusingArrays_ProfilesLikeTheRowsInMemory()
    {
        using var folder = new TempDirectory();
        var path = folder.File("three-blocks.csv");
        var text = new StringBuilder("n,label\n");
        var rows = 0;
        for (; text.Length < CsvChunkReader.BlockBytes * 5 / 2; rows++)
        {
            text.Append(rows % 997).Append(".5,k").Append(rows % 13).Append('\n');
        }
        File.WriteAllText(path, text.ToString());
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();

        var oneByOne = ProfileBuilder.Profile(schema, reader.Read(schema), "file", CancellationToken.None);
        var ahead = ProfileBuilder.ProfileReadingAhead(schema, reader.Read(schema), "file", CancellationToken.None);

        var numbers = Enumerable.Range(0, rows).Select(i => i % 997 + 0.5).ToArray();
        var labels = Enumerable.Range(0, rows).Select(i => (string?)$"k{i % 13}").ToArray();
        var expected = new ProfileBuilder(schema);
        expected.Add(new DataChunk(rows, [numbers, null], [null, labels]));
        Assert.True(reader.Read(schema).Count() >= 3, "the file spans at least three blocks");
        var inMemory = expected.Build("file");
        Assert.Equal(inMemory.Column("n")!.Numeric!.Values, oneByOne.Column("n")!.Numeric!.Values);
        Assert.Equal(inMemory.Column("n")!.Numeric!.Counts, oneByOne.Column("n")!.Numeric!.Counts);
        Assert.Equal(inMemory.Column("label")!.Categorical, oneByOne.Column("label")!.Categorical, CategoricalEquality);
        Assert.Equal(inMemory.Column("n")!.Numeric!.Mean, oneByOne.Column("n")!.Numeric!.Mean, 1e-9);
        Assert.Equal(oneByOne.ToJson(), ahead.ToJson());
    }

    [Fact]
    public void Read_RepeatedLabel_IsOneString()
    {
        using var folder = new TempDirectory();
        var path = folder.File("repeated-labels.csv");
        File.WriteAllText(path, "label\nyes\nno\nyes\n");
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();

        var seen = new List<string?[]>();
        foreach (var chunk in reader.Read(schema))
        {
            seen.Add(chunk.Labels[0]![..chunk.Rows]);
        }

        var labels = Assert.Single(seen);
        Assert.Equal<string?>(["yes", "no", "yes"], labels.AsEnumerable());
        Assert.Same(labels[0], labels[2]);
    }

    [Fact]
    public void Read_EnumerationEnded_LastChunkStaysReadableUntilDisposed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("last-chunk.csv");
        File.WriteAllText(path, "x,label\n1.5,a\n2.5,b\n");
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();
        using var chunks = reader.Read(schema).GetEnumerator();
        DataChunk? last = null;
        while (chunks.MoveNext())
        {
            last = chunks.Current;
        }

        Assert.NotNull(last);
        Assert.Equal([1.5, 2.5], last.Numbers[0]![..last.Rows]);
        Assert.Equal<string?>(["a", "b"], last.Labels[1]![..last.Rows].AsEnumerable());
    }

    [Fact]
    public void Read_MissingTokens_CountAsMissing()
    {
        using var folder = new TempDirectory();
        var path = folder.File("missing-tokens.csv");
        File.WriteAllText(path, "a,b\n1,x\nNA,\n,NULL\n4,y\n");
        var reader = new CsvChunkReader(path);
        var schema = reader.InferSchema();

        var profile = ProfileBuilder.Profile(schema, reader.Read(schema), path, CancellationToken.None);

        Assert.Equal(2, profile.Column("a")!.Missing);
        Assert.Equal(2, profile.Column("b")!.Missing);
        Assert.Equal(2, profile.Column("a")!.Count);
    }

    [Fact]
    public void Read_TextInNumericalColumn_ThrowsNamingLineAndColumn()
    {
        using var folder = new TempDirectory();
        var path = folder.File("bad-number.csv");
        File.WriteAllText(path, "a\n1\n2\nabc\n");
        var reader = new CsvChunkReader(path);

        var error = Assert.Throws<OspreyException>(() => reader.Read([new ColumnSchema("a", ColumnType.Numerical)]).ToList());

        Assert.Contains("line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ColumnAbsent_ThrowsListingTheHeader()
    {
        using var folder = new TempDirectory();
        var path = folder.File("no-column.csv");
        File.WriteAllText(path, "a,b\n1,2\n");

        var error = Assert.Throws<OspreyException>(() => new CsvChunkReader(path).Read([new ColumnSchema("c", ColumnType.Numerical)]).ToList());

        Assert.Contains("no column 'c' (it has a, b)", error.Message, StringComparison.Ordinal);
    }

    private static bool CategoricalEquality(CategoricalColumnProfile? a, CategoricalColumnProfile? b) =>
        a is not null && b is not null && a.Labels.SequenceEqual(b.Labels) && a.Counts.SequenceEqual(b.Counts) && a.Missing == b.Missing;
}
