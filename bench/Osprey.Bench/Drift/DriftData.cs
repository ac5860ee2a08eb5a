namespace Osprey.Bench.Drift;

/// <summary>The benchmark's deterministic tables: numerical columns (column-major doubles) and categorical columns (codes), written once as raw little-endian files both sides read.</summary>
internal sealed record DriftData(int Rows, double[][] Numbers, int[][] Codes)
{
    public const int NumericColumns = 20;
    public static readonly int[] Categories = [5, 12, 40];

    /// <summary>Generates a side; the current side shifts every fourth numerical column and skews the first categorical one.</summary>
    public static DriftData Generate(int rows, int seed, bool current)
    {
        var random = new Random(seed);
        var numbers = new double[NumericColumns][];
        for (var c = 0; c < NumericColumns; c++)
        {
            var column = numbers[c] = new double[rows];
            var shift = current && c % 4 == 0 ? 0.25 : 0;
            for (var i = 0; i < rows; i++)
            {
                // Sum of three uniforms: bell-shaped, continuous, nearly every value distinct.
                column[i] = (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * (c + 1) + shift * (c + 1);
            }
        }
        var codes = new int[Categories.Length][];
        for (var c = 0; c < Categories.Length; c++)
        {
            var column = codes[c] = new int[rows];
            for (var i = 0; i < rows; i++)
            {
                column[i] = current && c == 0 && random.Next(4) == 0 ? 0 : random.Next(Categories[c]);
            }
        }
        return new DriftData(rows, numbers, codes);
    }

    public long Bytes => (long)Rows * (NumericColumns * sizeof(double) + Categories.Length * sizeof(int));

    public void Write(string folder, string name)
    {
        using (var numbers = File.Create(Path.Combine(folder, $"{name}.f64")))
        {
            foreach (var column in Numbers)
            {
                numbers.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(column.AsSpan()));
            }
        }
        using var codes = File.Create(Path.Combine(folder, $"{name}.i32"));
        foreach (var column in Codes)
        {
            codes.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(column.AsSpan()));
        }
    }

    public static DriftData Read(string folder, string name, int rows)
    {
        var numbers = new double[NumericColumns][];
        using (var file = File.OpenRead(Path.Combine(folder, $"{name}.f64")))
        {
            for (var c = 0; c < NumericColumns; c++)
            {
                numbers[c] = new double[rows];
                file.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(numbers[c].AsSpan()));
            }
        }
        var codes = new int[Categories.Length][];
        using (var file = File.OpenRead(Path.Combine(folder, $"{name}.i32")))
        {
            for (var c = 0; c < Categories.Length; c++)
            {
                codes[c] = new int[rows];
                file.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(codes[c].AsSpan()));
            }
        }
        return new DriftData(rows, numbers, codes);
    }
}
