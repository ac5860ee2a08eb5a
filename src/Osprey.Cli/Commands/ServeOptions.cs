using System.CommandLine;
using Osprey.Core;
using Osprey.Core.Pipelines;
using Osprey.Core.Serving.Health;
using Osprey.Core.Serving.Releases;
using Osprey.Serving.Hosting;

namespace Osprey.Cli.Commands;

/// <summary>The options of <c>osprey serve</c> and how they become the serving host's options.</summary>
internal sealed class ServeOptions
{
    public Option<string[]> Models { get; } = new("--model", "-m")
    {
        Description = "Model to serve: name@alias, name@Production, name/3 or name/latest (repeat for several models)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Host { get; } = new("--host") { Description = "Address to bind (default 127.0.0.1; any other address requires an API token)", DefaultValueFactory = _ => "127.0.0.1" };

    public Option<int> Port { get; } = new("--port", "-p") { Description = "Port to listen on (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080 };

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

    public Option<bool> RequireToken { get; } = new("--require-token") { Description = "Require a token even on loopback" };

    public Option<bool> NoWait { get; } = new("--no-wait") { Description = "Listen at once and load models in the background (503 until loaded)" };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Models, Host, Port, Canary, CanaryPercent, Shadow, PollInterval, ErrorThreshold, ErrorWindow, MinRequests, NoLog, LogCapacity, LogRetention, RejectMissing, UnseenCategories, RequireToken, NoWait })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the host options from a parse; throws <see cref="ErrorCode.InvalidParameter"/> naming the option at fault.</summary>
    public ServingHostOptions ToHostOptions(ParseResult parse, string home, string? token, TimeProvider clock)
    {
        var models = parse.GetValue(Models) ?? [];
        if (models.Length == 0)
        {
            throw OspreyException.Invalid("Name a model to serve, such as 'osprey serve --model churn@champion'.");
        }
        var host = parse.GetRequiredValue(Host);
        var urlHost = host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        var unseen = parse.GetValue(UnseenCategories);
        return new ServingHostOptions(new WorkspaceOptions(home), models)
        {
            Urls = $"http://{urlHost}:{parse.GetValue(Port).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            Canary = parse.GetValue(Canary),
            CanaryPercent = parse.GetValue(CanaryPercent),
            Shadow = parse.GetValue(Shadow),
            PollInterval = Duration(parse.GetRequiredValue(PollInterval), "--poll-interval"),
            Health = new HealthRule(parse.GetValue(ErrorThreshold), Duration(parse.GetRequiredValue(ErrorWindow), "--error-window"), parse.GetValue(MinRequests)),
            LogPredictions = !parse.GetValue(NoLog),
            LogCapacityRows = parse.GetValue(LogCapacity),
            LogRetention = Duration(parse.GetRequiredValue(LogRetention), "--log-retention") is { } keep && keep > TimeSpan.Zero ? keep : null,
            Validation = new ValidationOverrides(parse.GetValue(RejectMissing) ? true : null, unseen switch
            {
                null => null,
                "missing" => false,
                "reject" => true,
                _ => throw OspreyException.Invalid($"--unseen-categories is '{unseen}'; expected missing or reject."),
            }),
            StaticToken = token,
            RequireToken = parse.GetValue(RequireToken),
            WaitForModels = !parse.GetValue(NoWait),
            Clock = clock,
        };
    }

    private static TimeSpan Duration(string text, string option) =>
        text.Trim() is "0" or "0s" ? TimeSpan.Zero
        : DurationText.TryParse(text, out var value) ? value
        : throw OspreyException.Invalid($"{option} is '{text}'; expected a duration such as 5s, 1m, 500ms or 30d.");
}
