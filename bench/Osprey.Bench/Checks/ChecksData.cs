using System.Globalization;
using System.Text;

namespace Osprey.Bench.Checks;

/// <summary>Writes the deterministic benchmark table: an id, ten numeric columns (two with missing values), three categorical ones and a date.</summary>
internal static class ChecksData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly string[] Regions = ["north", "south", "east", "west", "central"];
    public static readonly string[] Plans = ["basic", "pro", "enterprise"];
    public static readonly string[] Statuses = ["active", "paused", "churned", "trial"];

    public static void Write(string path, int rows)
    {
        var random = new Random(20260301);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("order_id,a0,a1,a2,a3,a4,a5,a6,a7,a8,a9,region,plan,status,created\n");
        var line = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"ord-{row:D8}");
            for (var c = 0; c < 10; c++)
            {
                line.Append(',');
                // a1 and a5 miss about 1% of values; the others are complete.
                if ((c == 1 || c == 5) && random.Next(100) == 0)
                {
                    continue;
                }
                var value = c switch
                {
                    2 => random.NextDouble() * 100,
                    3 => 0.01 + (random.NextDouble() * 500),
                    _ => Math.Round((random.NextDouble() * 1000) - (c == 9 ? 100 : 0), 2),
                };
                line.Append(value.ToString("0.####", CultureInfo.InvariantCulture));
            }
            var created = Now.AddMinutes(-random.Next(60 * 24 * 30));
            line.Append(',').Append(Regions[random.Next(Regions.Length)]).Append(',').Append(Plans[random.Next(Plans.Length)])
                .Append(',').Append(Statuses[random.Next(Statuses.Length)]).Append(',')
                .Append(created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }
}
