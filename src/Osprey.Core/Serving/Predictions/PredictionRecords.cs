using System.Buffers;
using System.Text;
using System.Text.Json;
using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>Turns the request path's log entries into store records, one per row, off the request path.</summary>
internal sealed class PredictionRecords : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public PredictionRecords()
    {
        _json = new Utf8JsonWriter(_buffer);
    }

    /// <summary>Gets the spelling of a role in the log.</summary>
    public static string RoleName(VersionRole role) => role switch
    {
        VersionRole.Canary => "canary",
        VersionRole.Shadow => "shadow",
        _ => "stable",
    };

    /// <summary>Appends one record per row of the entry.</summary>
    public void AddTo(List<PredictionRecord> records, PredictionLogEntry entry)
    {
        var version = entry.Version;
        var outputNames = version.Model.Info.OutputNames;
        var width = version.OutputCount;
        var role = RoleName(entry.Role);
        for (var row = 0; row < entry.RowCount; row++)
        {
            var outputs = entry.Outputs.AsSpan(row * width, width);
            var decided = version.Decide(outputs);
            records.Add(new PredictionRecord(entry.RequestId, row, entry.Timestamp, version.ModelName, version.Version, role,
                Inputs(entry.Inputs, row), Outputs(outputNames, outputs), decided < 0 ? null : version.Classes[decided], entry.LatencyMs));
        }
    }

    private string Inputs(PredictionInputs inputs, int row)
    {
        Restart();
        inputs.WriteRow(row, _json);
        return Finish();
    }

    private string Outputs(IReadOnlyList<string> names, ReadOnlySpan<double> outputs)
    {
        Restart();
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
        return Finish();
    }

    public void Dispose() => _json.Dispose();

    private void Restart()
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
    }

    private string Finish()
    {
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
