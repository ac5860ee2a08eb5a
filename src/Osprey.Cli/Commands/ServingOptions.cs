using System.CommandLine;
using System.Globalization;
using Osprey.Core;
using Osprey.Core.Pipelines;
using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Hosting;

namespace Osprey.Cli.Commands;

/// <summary>The serving options shared by <c>osprey serve</c> and <c>osprey server --serve</c>: candidates, registry polling, the health rule, the prediction log, validation and waiting for models.</summary>
internal sealed class ServingOptions
{
    public Option<string?> Canary { get; } = new("--canary") { Description = "Candidate version to send a share of traffic to, such as churn/4" };

    public Option<double> CanaryPercent { get; } = new("--canary-percent") { Description = "The canary's share of traffic in percent (default 10)", DefaultValueFactory = _ => 10 };

    public Option<string?> Shadow { get; } = new("--shadow") { Description = "Candidate version to mirror every request to without returning its answers, such as churn/5" };

    public Option<string> PollInterval { get; } = new("--poll-interval") { Description = "How often to read the registry for a moved alias or stage (default 5s; 0s stops following)", DefaultValueFactory = _ => "5s" };

    public Option<double> ErrorThreshold { get; } = new("--error-threshold") { Description = "Error rate above which /health answers 503 (default 0.1 = 10%)", DefaultValueFactory = _ => 0.1 };

    public Option<string> ErrorWindow { get; } = new("--error-window") { Description = "How far back the error rate looks (default 60s)", DefaultValueFactory = _ => "60s" };

    public Option<int> MinRequests { get; } = new("--min-requests") { Description = "Requests the window must hold before its error rate counts (default 20)", DefaultValueFactory = _ => 20 };

    public Option<bool> NoLog { get; } = new("--no-prediction-log") { Description = "Do not write predictions to the workspace's prediction log" };

    public Option<int> LogCapacity { get; } = new("--log-capacity") { Description = "Predictions the log's queue holds before it drops (and counts) new ones (default 100000)", DefaultValueFactory = _ => 100_000 };

    public Option<string> LogRetention { get; } = new("--log-retention") { Description = "How long logged predictions and ground truth are kept (default 30d; 0 keeps them forever)", DefaultValueFactory = _ => "30d" };

    public Option<bool> RejectMissing { get; } = new("--reject-missing") { Description = "Answer 400 for a missing value (null, NaN, a missing token) instead of letting the model handle it" };

    public Option<string?> UnseenCategories { get; } = new("--unseen-categories") { Description = "missing (the model file's policy) or reject (answer 400)" };

    public Option<bool> NoWait { get; } = new("--no-wait") { Description = "Listen at once and load models in the background (503 until loaded)" };

    private IEnumerable<Option> All => [Canary, CanaryPercent, Shadow, PollInterval, ErrorThreshold, ErrorWindow, MinRequests, NoLog, LogCapacity, LogRetention, RejectMissing, UnseenCategories, NoWait];

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Returns the name of the first of these options written on the command line (defaults do not count), or null when none was.</summary>
    public string? FirstGiven(ParseResult parse) =>
        All.FirstOrDefault(option => parse.GetResult(option) is { Implicit: false })?.Name;

    /// <summary>Returns <paramref name="host"/> with these options applied; throws <see cref="ErrorCode.InvalidParameter"/> naming the option at fault.</summary>
    public ServingHostOptions ApplyTo(ServingHostOptions host, ParseResult parse)
    {
        var unseen = parse.GetValue(UnseenCategories);
        return host with
        {
            Canary = parse.GetValue(Canary),
            CanaryPercent = parse.GetValue(CanaryPercent),
            Shadow = parse.GetValue(Shadow),
            PollInterval = Duration(parse.GetRequiredValue(PollInterval), "--poll-interval"),
            Health = new HealthRule(Threshold(parse.GetValue(ErrorThreshold)), Duration(parse.GetRequiredValue(ErrorWindow), "--error-window"),
                AtLeast(parse.GetValue(MinRequests), 0, "--min-requests")),
            LogPredictions = !parse.GetValue(NoLog),
            LogCapacityRows = AtLeast(parse.GetValue(LogCapacity), 1, "--log-capacity"),
            LogRetention = Duration(parse.GetRequiredValue(LogRetention), "--log-retention") is { } keep && keep > TimeSpan.Zero ? keep : null,
            Validation = new ValidationOverrides(parse.GetValue(RejectMissing) ? true : null, unseen switch
            {
                null => null,
                "missing" => false,
                "reject" => true,
                _ => throw OspreyException.Invalid($"--unseen-categories is '{unseen}'; expected missing or reject."),
            }),
            WaitForModels = !parse.GetValue(NoWait),
        };
    }

    private static double Threshold(double value) =>
        value is >= 0 and <= 1 ? value
        : throw OspreyException.Invalid($"--error-threshold is {value.ToString(CultureInfo.InvariantCulture)}; expected a share of requests between 0 and 1, such as 0.1 for 10%.");

    private static int AtLeast(int value, int least, string option) =>
        value >= least ? value
        : throw OspreyException.Invalid($"{option} is {value.ToString(CultureInfo.InvariantCulture)}; expected {least.ToString(CultureInfo.InvariantCulture)} or more.");

    private static TimeSpan Duration(string text, string option) =>
        text.Trim() is "0" or "0s" ? TimeSpan.Zero
        : DurationText.TryParse(text, out var value) ? value
        : throw OspreyException.Invalid($"{option} is '{text}'; expected a duration such as 5s, 1m, 500ms or 30d.");
}
