using System.Globalization;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines;
using Osprey.Server.Api;
using Osprey.Server.Monitoring.Contracts;

namespace Osprey.Server.Monitoring;

/// <summary>Turns the model monitoring API's requests into the monitors' options; every bad member throws <see cref="ErrorCode.InvalidParameter"/> naming it.</summary>
internal static class ModelMonitoringBinding
{
    /// <summary>The window a check reads when the request gives none.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    /// <summary>Binds a performance check; defaults match <c>osprey monitor performance</c>.</summary>
    public static PerformanceOptions Performance(PerformanceCheckRequest request)
    {
        var thresholds = (request.Thresholds ?? []).Select((text, i) => Named($"thresholds[{i}]", () => PerformanceThreshold.Parse(text ?? ""))).ToList();
        var options = new PerformanceOptions(ApiRequest.Required(request.Model, "model"), Duration(request.Window, "window", DefaultWindow),
            Duration(request.Bucket, "bucket", TimeSpan.FromDays(1)), thresholds, request.Version,
            request.MinLabelled ?? PerformanceOptions.DefaultMinLabelled, request.PositiveClass);
        options.Validate();
        return options;
    }

    /// <summary>Binds a drift check of the reference profile against <see cref="DriftCheckRequest.CurrentModel"/>'s predictions.</summary>
    public static (DataProfile Reference, string Model, TimeSpan Window, DriftOptions Options) Drift(DriftCheckRequest request)
    {
        var model = ApiRequest.Required(request.CurrentModel, "current_model");
        if (request.ReferenceProfile is not { ValueKind: System.Text.Json.JsonValueKind.Object } profile)
        {
            throw OspreyException.Invalid("Missing value for required parameter 'reference_profile' (a data profile such as 'osprey monitor drift --save-profile' writes).");
        }
        var reference = DataProfile.FromJson(profile.GetRawText(), "'reference_profile'");
        var share = request.DriftShare ?? 0.5;
        if (share is <= 0 or > 1 || double.IsNaN(share))
        {
            throw OspreyException.Invalid($"'drift_share' must be in (0, 1], got {share.ToString(CultureInfo.InvariantCulture)}.");
        }
        var options = new DriftOptions
        {
            Target = request.Target, Prediction = request.Prediction, DriftShare = share,
            Columns = request.Columns ?? [], Exclude = request.Exclude ?? [],
            ColumnTests = (request.ColumnTests ?? new Dictionary<string, string>()).ToDictionary(p => p.Key, p => DriftTests.Parse(p.Value, $"'column_tests.{p.Key}'")),
            Thresholds = (request.Thresholds ?? new Dictionary<string, double>()).ToDictionary(p => p.Key, p => p.Value >= 0 ? p.Value
                : throw OspreyException.Invalid($"'thresholds.{p.Key}' must be a non-negative number, got {p.Value.ToString(CultureInfo.InvariantCulture)}.")),
        };
        return (reference, model, Duration(request.Window, "window", DefaultWindow), options);
    }

    /// <summary>Binds a retrain request.</summary>
    public static RetrainRequest Retrain(RetrainTriggerRequest request)
    {
        var cooldown = ApiRequest.Required(request.CooldownMs, "cooldown_ms");
        if (cooldown < 0 || cooldown > DurationText.Max.TotalMilliseconds)
        {
            throw OspreyException.Invalid($"'cooldown_ms' must be between 0 and {(long)DurationText.Max.TotalMilliseconds} milliseconds, got {cooldown}.");
        }
        return new RetrainRequest(ApiRequest.Required(request.Monitor, "monitor"), ApiRequest.Required(request.Pipeline, "pipeline"),
            TimeSpan.FromMilliseconds(cooldown), string.IsNullOrWhiteSpace(request.Reason) ? "a monitor asked for it" : request.Reason);
    }

    private static TimeSpan Duration(string? text, string field, TimeSpan fallback) =>
        string.IsNullOrEmpty(text) ? fallback
        : DurationText.TryParse(text, out var value) && value > TimeSpan.Zero ? value
        : throw OspreyException.Invalid($"'{field}' must be a positive duration such as 7d, 12h or 30m, got '{text}'.");

    private static T Named<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (OspreyException error) when (error.Code == ErrorCode.InvalidParameter)
        {
            throw OspreyException.Invalid($"'{field}': {error.Message}");
        }
    }
}
