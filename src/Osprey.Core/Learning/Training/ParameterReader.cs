using System.Globalization;

namespace Osprey.Core.Learning.Training;

/// <summary>Reads learner parameters given as text (<c>trees=300</c>), rejecting unknown names and malformed values with the parameter named.</summary>
internal sealed class ParameterReader
{
    private readonly IReadOnlyDictionary<string, string> _given;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _effective = new(StringComparer.Ordinal);
    private readonly string _learner;

    public ParameterReader(string learner, IReadOnlyDictionary<string, string>? given)
    {
        _learner = learner;
        _given = given ?? new Dictionary<string, string>();
    }

    public IReadOnlyDictionary<string, string> Effective => _effective;

    public int Int(string name, int fallback) => Read(name, fallback, text => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture));

    public int? OptionalInt(string name, int? fallback) => Read(name, fallback, text => (int?)int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture));

    public long Long(string name, long fallback) => Read(name, fallback, text => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture));

    public double Double(string name, double fallback) => Read(name, fallback, text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    public double? OptionalDouble(string name, double? fallback) => Read(name, fallback, text => (double?)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

    public bool Bool(string name, bool fallback) => Read(name, fallback, text => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" => false,
        _ => throw new FormatException(),
    });

    public T Choice<T>(string name, T fallback, IReadOnlyDictionary<string, T> choices) => Read(name, fallback, text =>
        choices.TryGetValue(text.Trim().ToUpperInvariant(), out var value) ? value : throw new FormatException());

    /// <summary>Records the value a default resolved to (such as the thread count), so logs and model files show the number actually used.</summary>
    public void Resolve(string name, IFormattable value) => _effective[name] = value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Drops a parameter whose default can only be resolved once the data is known; the learner adds it when fitting.</summary>
    public void Defer(string name) => _effective.Remove(name);

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> for any given parameter the learner does not read.</summary>
    public void RejectUnknown()
    {
        var unknown = _given.Keys.Where(k => !_known.Contains(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw OspreyException.Invalid(
                $"The {_learner} learner has no parameter '{unknown[0]}'; its parameters are: {string.Join(", ", _known.Order(StringComparer.Ordinal))}.");
        }
    }

    private T Read<T>(string name, T fallback, Func<string, T> parse)
    {
        _known.Add(name);
        var value = fallback;
        if (_given.TryGetValue(name, out var text))
        {
            try
            {
                value = parse(text);
            }
            catch (Exception error) when (error is FormatException or OverflowException)
            {
                throw OspreyException.Invalid($"The {_learner} parameter '{name}' has the malformed value '{text}'.");
            }
        }
        _effective[name] = value switch
        {
            null => "default",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()?.ToLowerInvariant() ?? "",
        };
        return value;
    }
}
