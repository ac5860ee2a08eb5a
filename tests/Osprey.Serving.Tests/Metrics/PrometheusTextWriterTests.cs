using Osprey.Core.Serving.Metrics;

namespace Osprey.Serving.Tests.Metrics;

public sealed class PrometheusTextWriterTests
{
    [Fact]
    public void Write_LabelsAndHelp_AreEscaped()
    {
        var registry = new MetricRegistry();
        registry.Counter("odd_total", "Help with a \\ backslash\nand a new line.", "name").WithLabels("a \"quoted\" \\ value\nnext").Add(3);

        var text = registry.ToText();

        Assert.Equal(
            "# HELP odd_total Help with a \\\\ backslash\\nand a new line.\n# TYPE odd_total counter\nodd_total{name=\"a \\\"quoted\\\" \\\\ value\\nnext\"} 3\n",
            text);
    }

    [Fact]
    public void Histogram_Observations_AreCumulativeWithSumAndCount()
    {
        var registry = new MetricRegistry();
        var histogram = registry.Histogram("wait_seconds", "Waits.", [0.1, 1]).WithLabels();
        histogram.Observe(0.05);
        histogram.Observe(0.1);
        histogram.Observe(0.5);
        histogram.Observe(7);

        var text = registry.ToText();

        Assert.Contains("wait_seconds_bucket{le=\"0.1\"} 2\n", text);
        Assert.Contains("wait_seconds_bucket{le=\"1\"} 3\n", text);
        Assert.Contains("wait_seconds_bucket{le=\"+Inf\"} 4\n", text);
        Assert.Contains("wait_seconds_sum 7.65\n", text);
        Assert.Contains("wait_seconds_count 4\n", text);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-7, "1E-07")]
    public void Format_SpecialAndSmallNumbers_AreWhatPrometheusReads(double value, string expected) =>
        Assert.Equal(expected, PrometheusTextWriter.Format(value));

    [Theory]
    [InlineData("9lives")]
    [InlineData("has-dash")]
    [InlineData("")]
    public void Counter_InvalidName_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new MetricRegistry().Counter(name, "x"));

    [Fact]
    public void Registry_DuplicateNameOrReservedLabel_IsRefused()
    {
        var registry = new MetricRegistry();
        registry.Gauge("g", "x");

        Assert.Throws<ArgumentException>(() => registry.Gauge("g", "x"));
        Assert.Throws<ArgumentException>(() => registry.Histogram("h", "x", [1], "le"));
        Assert.Throws<ArgumentException>(() => registry.Counter("c", "x", "__name"));
        Assert.Throws<ArgumentException>(() => registry.Histogram("h2", "x", [2, 1]));
    }

    [Fact]
    public void WithLabels_WrongCount_IsRefused()
    {
        var family = new MetricRegistry().Counter("c_total", "x", "a", "b");

        Assert.Throws<ArgumentException>(() => family.WithLabels("only-one"));
        Assert.Same(family.WithLabels("1", "2"), family.WithLabels("1", "2"));
    }
}
