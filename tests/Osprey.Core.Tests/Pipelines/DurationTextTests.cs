using Osprey.Core.Pipelines;
using Xunit;

namespace Osprey.Core.Tests.Pipelines;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("30s", 0, 0, 30, 0)]
    [InlineData("10m", 0, 10, 0, 0)]
    [InlineData("2h", 2, 0, 0, 0)]
    [InlineData("1h30m", 1, 30, 0, 0)]
    [InlineData("1d", 24, 0, 0, 0)]
    [InlineData("2w", 336, 0, 0, 0)]
    [InlineData("500ms", 0, 0, 0, 500)]
    [InlineData("1m500ms", 0, 1, 0, 500)]
    [InlineData(" 0s ", 0, 0, 0, 0)]
    public void TryParse_WellFormed_ReadsDuration(string text, int hours, int minutes, int seconds, int milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var value));

        Assert.Equal(new TimeSpan(0, hours, minutes, seconds, milliseconds), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("10 minutes")]
    [InlineData("1.5h")]
    [InlineData("-5m")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("5ms1s")]
    [InlineData("h")]
    [InlineData("10x")]
    [InlineData("1000000000s")]
    [InlineData("40000d")]
    public void TryParse_Malformed_IsRefused(string? text)
    {
        Assert.False(DurationText.TryParse(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Theory]
    [InlineData(5400, "1h30m")]
    [InlineData(86400, "1d")]
    [InlineData(0, "0s")]
    [InlineData(90061, "1d1h1m1s")]
    public void Format_Duration_RoundTrips(int seconds, string expected)
    {
        var text = DurationText.Format(TimeSpan.FromSeconds(seconds));

        Assert.Equal(expected, text);
        Assert.True(DurationText.TryParse(text, out var back));
        Assert.Equal(TimeSpan.FromSeconds(seconds), back);
    }
}
