using System.Diagnostics;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Reports;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Reports;

public sealed class DriftReportTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Build_OpenedInHeadlessChromium_ShowsOneDriftTableRowPerColumn()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is required for the report tests (CI installs the chromium package)");
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "drift-report-chromium.html");
        var result = Result(rows: 5000);
        await DriftReport.Build(result).WriteAsync(path, CancellationToken.None);

        var dom = DumpDom(path);

        Assert.Contains("id=\"drift-table\"", dom, StringComparison.Ordinal);
        foreach (var column in result.Columns)
        {
            Assert.Contains($"<tr data-row=\"{column.Column}\">", dom, StringComparison.Ordinal);
        }
        Assert.Contains("Drift</td>", dom, StringComparison.Ordinal);
        Assert.Equal(result.Columns.Count, dom.Split("<figure>").Length - 1);
    }

    [Fact]
    public async Task Build_MillionRowInput_StaysUnderOneMegabyte()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "drift-report-size.html");

        await DriftReport.Build(Result(rows: 1_000_000)).WriteAsync(path, CancellationToken.None);

        var size = new FileInfo(path).Length;
        Assert.True(size < 1_000_000, $"the report of 1M rows is {size:N0} bytes");
    }

    private static DriftResult Result(int rows)
    {
        var columns = new[]
        {
            new ColumnSchema("amount", ColumnType.Numerical), new ColumnSchema("age", ColumnType.Numerical),
            new ColumnSchema("plan", ColumnType.Categorical), new ColumnSchema("flag", ColumnType.Numerical),
        };
        return DriftAnalyzer.Compare(Profile(columns, rows, 81, 0), Profile(columns, rows, 82, 1), new DriftOptions());
    }

    private static DataProfile Profile(ColumnSchema[] columns, int rows, int seed, double shift)
    {
        var builder = new ProfileBuilder(columns);
        var random = new Random(seed);
        for (var done = 0; done < rows; done += 100_000)
        {
            var n = Math.Min(100_000, rows - done);
            var amount = new double[n];
            var age = new double[n];
            var flag = new double[n];
            var plan = new string?[n];
            for (var i = 0; i < n; i++)
            {
                amount[i] = random.NextDouble() * 100 + shift * 30;
                age[i] = 18 + random.Next(60);
                flag[i] = random.Next(2);
                plan[i] = $"plan-{random.Next(shift > 0 ? 6 : 4)}";
            }
            builder.Add(new DataChunk(n, [amount, age, null, flag], [null, null, plan, null]));
        }
        return builder.Build($"seed {seed}");
    }

    private static string DumpDom(string path)
    {
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", new Uri(path).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(dom.Length > 0, $"chromium printed no DOM: {error.Result}");
        return dom;
    }
}
