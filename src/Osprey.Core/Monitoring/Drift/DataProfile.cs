using System.Text.Json;
using System.Text.Json.Serialization;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>The compact summary of a table that drift is computed from (never raw rows); stored as JSON, for example as a model run's <c>monitoring/reference_profile.json</c>.</summary>
/// <param name="Source">Where the rows came from, such as a file path or <c>models:/churn@champion</c>.</param>
public sealed record DataProfile(string Source, long Rows, IReadOnlyList<ColumnProfile> Columns)
{
    /// <summary>The format version written to JSON.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Gets the format version of this profile.</summary>
    public int Format { get; init; } = FormatVersion;

    /// <summary>Finds a column by name, or null.</summary>
    public ColumnProfile? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Returns the profile as JSON; doubles are written in their shortest round-trip form, so reading it back gives identical results.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a profile from JSON; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="source"/> when it is not one.</summary>
    public static DataProfile FromJson(string json, string source)
    {
        try
        {
            var profile = JsonSerializer.Deserialize<DataProfile>(json, Json) ?? throw new JsonException("the document is null");
            if (profile.Format != FormatVersion)
            {
                throw OspreyException.Invalid($"{source} is a data profile of format {profile.Format}; this Osprey reads format {FormatVersion}.");
            }
            return profile;
        }
        catch (JsonException error)
        {
            throw OspreyException.Invalid($"{source} is not a data profile: {error.Message}");
        }
    }
}
