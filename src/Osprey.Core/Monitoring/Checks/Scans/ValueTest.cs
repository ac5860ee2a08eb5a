using System.Globalization;
using System.Text.RegularExpressions;
using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>The condition of in_range, positive, allowed_values and regex on one value, whether the column holds numbers or text.</summary>
internal sealed class ValueTest
{
    private readonly CheckSpec _spec;
    private readonly HashSet<double> _allowedNumbers = [];
    private readonly HashSet<string> _allowedTexts = new(StringComparer.Ordinal);
    private readonly Regex? _regex;
    private readonly double _min;
    private readonly double _max;

    public ValueTest(CheckSpec spec)
    {
        _spec = spec;
        _min = spec.Kind == CheckKind.Positive ? 0 : spec.Min ?? double.NegativeInfinity;
        _max = spec.Max ?? double.PositiveInfinity;
        foreach (var value in spec.Values ?? [])
        {
            _allowedTexts.Add(value);
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || BooleanText.TryParse(value, out number))
            {
                _allowedNumbers.Add(number);
            }
        }
        _regex = spec.Pattern is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null;
    }

    /// <summary>Tests a number (a numeric, integer or yes/no column's value).</summary>
    public bool Number(double value) => _spec.Kind switch
    {
        CheckKind.InRange or CheckKind.Positive => InBounds(value),
        CheckKind.AllowedValues => _allowedNumbers.Contains(value),
        _ => _regex!.IsMatch(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>Tests a value written as text; for ranges, text that is no number fails.</summary>
    public bool Text(string value) => _spec.Kind switch
    {
        CheckKind.InRange or CheckKind.Positive => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && InBounds(number),
        CheckKind.AllowedValues => _allowedTexts.Contains(value),
        _ => _regex!.IsMatch(value),
    };

    private bool InBounds(double value) =>
        (_spec.Kind == CheckKind.Positive ? value > _min : _spec.MinInclusive ? value >= _min : value > _min)
        && (_spec.MaxInclusive ? value <= _max : value < _max);
}
