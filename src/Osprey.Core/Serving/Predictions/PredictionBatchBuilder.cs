using System.Text;
using System.Text.Json;
using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>Formats log entries into a <see cref="PredictionBatch"/> off the request path: inputs and outputs as JSON objects straight into the batch's UTF-8 buffer.</summary>
internal sealed class PredictionBatchBuilder(PredictionBatch batch) : IDisposable
{
    // Output names repeat on every row of a version: each list is encoded once (bounded, so versions coming and going cannot grow it).
    private const int MaxEncodedLists = 64;
    private readonly Dictionary<IReadOnlyList<string>, JsonEncodedText[]> _encoded = new(ReferenceEqualityComparer.Instance);
    private readonly Utf8JsonWriter _json = new(batch.Buffer);

    /// <summary>Gets the spelling of a role in the log.</summary>
    public static string RoleName(VersionRole role) => role switch
    {
        VersionRole.Canary => "canary",
        VersionRole.Shadow => "shadow",
        _ => "stable",
    };

    /// <summary>Adds one row per row of the entry; a failure leaves the rows added before it.</summary>
    public void Add(PredictionLogEntry entry)
    {
        var version = entry.Version;
        var width = version.OutputCount;
        var role = RoleName(entry.Role);
        var id = Id(entry.GivenId, entry.GeneratedId);
        for (var row = 0; row < entry.RowCount; row++)
        {
            var inputs = Json(entry.Inputs, row);
            Add(id, row, entry.Timestamp, version, role, inputs, entry.Outputs.AsSpan(row * width, width), entry.LatencyMs,
                entry.GivenId is null ? entry.GeneratedId : 0);
        }
    }

    /// <summary>Adds one prediction whose inputs are one row's JSON text: an object by name, or an array in the model's feature order.</summary>
    /// <param name="givenId">The id the client sent, or null for the generated <paramref name="generatedId"/>.</param>
    public void AddRow(string? givenId, ulong generatedId, long timestamp, ServedVersion version, VersionRole role, ReadOnlySpan<byte> inputs,
        ReadOnlySpan<double> outputs, double latencyMs)
    {
        var id = Id(givenId, generatedId);
        var start = batch.Buffer.WrittenCount;
        JsonRowInputs.Write(inputs, version.FeatureNames, _json);
        Add(id, 0, timestamp, version, RoleName(role), Finish(start), outputs, latencyMs, givenId is null ? generatedId : 0);
    }

    /// <summary>Forgets a half-written value after a failure.</summary>
    public void Reset() => _json.Reset();

    public void Dispose() => _json.Dispose();

    private void Add((int Start, int Length) id, int row, long timestamp, ServedVersion version, string role, (int Start, int Length) inputs,
        ReadOnlySpan<double> outputs, double latencyMs, ulong generatedId)
    {
        var decided = version.Decide(outputs);
        var written = Outputs(version.OutputNames, outputs);
        batch.Add(new PredictionBatchRow(id.Start, id.Length, row, timestamp, version.ModelName, version.Version, role,
            inputs.Start, inputs.Length, written.Start, written.Length, decided < 0 ? null : version.Classes[decided], latencyMs, generatedId));
    }

    private (int Start, int Length) Id(string? givenId, ulong generatedId)
    {
        if (givenId is { } given)
        {
            return batch.Append(given);
        }
        var buffer = batch.Buffer;
        var start = buffer.WrittenCount;
        generatedId.TryFormat(buffer.GetSpan(RequestIdSource.Length), out var length, "x16", System.Globalization.CultureInfo.InvariantCulture);
        buffer.Advance(length);
        return (start, length);
    }

    private (int Start, int Length) Json(PredictionInputs inputs, int row)
    {
        var start = batch.Buffer.WrittenCount;
        inputs.WriteRow(row, _json);
        return Finish(start);
    }

    private (int Start, int Length) Outputs(IReadOnlyList<string> outputNames, ReadOnlySpan<double> outputs)
    {
        var names = Encoded(outputNames);
        var start = batch.Buffer.WrittenCount;
        _json.WriteStartObject();
        for (var i = 0; i < outputs.Length; i++)
        {
            if (double.IsFinite(outputs[i]))
            {
                _json.WriteNumber(names[i], outputs[i]);
            }
            else
            {
                _json.WriteNull(names[i]);
            }
        }
        _json.WriteEndObject();
        return Finish(start);
    }

    private JsonEncodedText[] Encoded(IReadOnlyList<string> names)
    {
        if (!_encoded.TryGetValue(names, out var encoded))
        {
            if (_encoded.Count >= MaxEncodedLists)
            {
                _encoded.Clear();
            }
            encoded = [.. names.Select(name => JsonEncodedText.Encode(name))];
            _encoded[names] = encoded;
        }
        return encoded;
    }

    private (int Start, int Length) Finish(int start)
    {
        _json.Flush();
        _json.Reset();
        return (start, batch.Buffer.WrittenCount - start);
    }
}
