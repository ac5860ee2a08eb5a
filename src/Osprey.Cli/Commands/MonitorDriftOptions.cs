using System.CommandLine;
using System.Globalization;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Pipelines;

namespace Osprey.Cli.Commands;

/// <summary>The options of <c>osprey monitor drift</c> and their translation into a <see cref="DriftRequest"/>.</summary>
internal sealed class MonitorDriftOptions
{
    private readonly Option<string?> _reference = new("--reference") { HelpName = "FILE", Description = "The reference data: a CSV file, or a profile .json written by --save-profile" };
    private readonly Option<string?> _current = new("--current") { HelpName = "FILE", Description = "The current data: a CSV file" };
    private readonly Option<string?> _referenceModel = new("--reference-model") { HelpName = "MODEL", Description = "Use a registered model's training data as the reference, such as models:/churn@champion (its profile is stored with the run)" };
    private readonly Option<string?> _currentModel = new("--current-model") { HelpName = "NAME", Description = "Use a served model's logged predictions (inputs and prediction) as the current data" };
    private readonly Option<string?> _window = new("--window") { HelpName = "DURATION", Description = "How far back --current-model reads, such as 24h or 7d (default 7d)" };
    private readonly Option<string?> _target = new("--target") { HelpName = "COLUMN", Description = "The target column (tested too)" };
    private readonly Option<string?> _prediction = new("--prediction") { HelpName = "COLUMN", Description = "The prediction column (tested too)" };
    private readonly Option<string[]> _tests = new("--column-test") { HelpName = "COL=TEST", Description = "Use another test for a column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger; repeatable" };
    private readonly Option<string[]> _thresholds = new("--threshold") { HelpName = "COL=VALUE", Description = "Another threshold for a column (p-value tests drift below it, distances at or above it); repeatable" };
    private readonly Option<string[]> _types = new("--column-type") { HelpName = "COL=TYPE", Description = "Test a column as numerical or categorical instead of the inferred type; repeatable" };
    private readonly Option<string[]> _exclude = new("--exclude") { HelpName = "COLUMN", Description = "A column not to compare, such as an identifier; repeatable" };
    private readonly Option<double> _share = new("--drift-share") { HelpName = "SHARE", Description = "The share of drifted columns at or above which the data set has drifted", DefaultValueFactory = _ => 0.5 };
    private readonly Option<string?> _report = new("--report") { HelpName = "FILE", Description = "Write the HTML report here" };
    private readonly Option<string?> _jsonOut = new("--json-out") { HelpName = "FILE", Description = "Write the result as JSON here" };
    private readonly Option<string?> _profile = new("--save-profile") { HelpName = "FILE", Description = "Write the reference profile (JSON) here, to reuse as --reference" };

    /// <summary>Gets <c>--fail-on-drift</c>.</summary>
    public Option<bool> FailOnDrift { get; } = new("--fail-on-drift") { Description = $"Exit with code {MonitorDriftCommand.DriftDetected} when dataset drift is detected" };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _reference, _current, _referenceModel, _currentModel, _window, _target, _prediction, _tests, _thresholds, _types, _exclude, _share, _report, _jsonOut, _profile, FailOnDrift })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Returns the request the options describe; throws <see cref="ErrorCode.InvalidParameter"/> naming a malformed option.</summary>
    public DriftRequest Request(ParseResult parse)
    {
        TimeSpan? window = parse.GetValue(_window) is { } text
            ? DurationText.TryParse(text, out var span) ? span : throw OspreyException.Invalid($"--window must be a duration such as 24h or 7d, got '{text}'.")
            : null;
        var share = parse.GetValue(_share);
        if (share is <= 0 or > 1)
        {
            throw OspreyException.Invalid($"--drift-share must be in (0, 1], got {share.ToString(CultureInfo.InvariantCulture)}.");
        }
        var options = new DriftOptions
        {
            Target = parse.GetValue(_target), Prediction = parse.GetValue(_prediction), DriftShare = share,
            Exclude = parse.GetValue(_exclude) ?? [],
            ColumnTests = Pairs(parse.GetValue(_tests), "--column-test").ToDictionary(p => p.Key, p => DriftTests.Parse(p.Value, $"--column-test {p.Key}")),
            Thresholds = Pairs(parse.GetValue(_thresholds), "--threshold").ToDictionary(p => p.Key, p => Threshold(p.Key, p.Value)),
            ColumnTypes = Pairs(parse.GetValue(_types), "--column-type").ToDictionary(p => p.Key, p => Type(p.Key, p.Value)),
        };
        return new DriftRequest(parse.GetValue(_reference), parse.GetValue(_referenceModel), parse.GetValue(_current), parse.GetValue(_currentModel), window, options)
        {
            ReportPath = parse.GetValue(_report), JsonPath = parse.GetValue(_jsonOut), ProfilePath = parse.GetValue(_profile),
        };
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string[]? values, string option)
    {
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw OspreyException.Invalid($"{option} takes COLUMN=VALUE, got '{value}'.");
            }
            yield return KeyValuePair.Create(value[..equals].Trim(), value[(equals + 1)..].Trim());
        }
    }

    private static double Threshold(string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value : throw OspreyException.Invalid($"--threshold {column}: '{text}' is not a non-negative number.");

    private static ColumnType Type(string column, string text) => text.ToLowerInvariant() switch
    {
        "numerical" or "numeric" or "num" => ColumnType.Numerical,
        "categorical" or "category" or "cat" => ColumnType.Categorical,
        _ => throw OspreyException.Invalid($"--column-type {column}: '{text}' is neither numerical nor categorical."),
    };
}
