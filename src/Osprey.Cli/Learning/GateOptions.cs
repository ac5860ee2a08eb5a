using System.CommandLine;
using Osprey.Core.Learning.Jobs;

namespace Osprey.Cli.Learning;

/// <summary>The quality gate options: <c>--min-metric f1=0.6</c> and <c>--max-metric log_loss=0.5</c>, each repeatable.</summary>
internal sealed class GateOptions
{
    private readonly Option<string[]> _minimum = new("--min-metric")
    {
        HelpName = "METRIC=VALUE", Description = "Fail (exit 4) when a metric is below this, as metric=value, such as f1=0.6; repeatable",
    };

    private readonly Option<string[]> _maximum = new("--max-metric")
    {
        HelpName = "METRIC=VALUE", Description = "Fail (exit 4) when a metric is above this, as metric=value, such as log_loss=0.45; repeatable",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_minimum);
        command.Options.Add(_maximum);
    }

    /// <summary>Returns the parsed gates; throws <see cref="Core.ErrorCode.InvalidParameter"/> for a malformed one.</summary>
    public IReadOnlyList<MetricGate> Gates(ParseResult parse) =>
    [
        .. (parse.GetValue(_minimum) ?? []).Select(text => MetricGate.Parse(text, isMinimum: true)),
        .. (parse.GetValue(_maximum) ?? []).Select(text => MetricGate.Parse(text, isMinimum: false)),
    ];
}
