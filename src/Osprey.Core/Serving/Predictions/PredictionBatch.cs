using System.Buffers;
using System.Text;

namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// Predictions on their way to the store: one row entry per prediction and one UTF-8 buffer holding every request id, inputs and
/// outputs object, so a batch of thousands is written without a string per field. Reused by the log writer batch after batch.
/// </summary>
public sealed class PredictionBatch
{
    private readonly ArrayBufferWriter<byte> _text = new(64 * 1024);
    private PredictionBatchRow[] _rows = new PredictionBatchRow[256];

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the rows.</summary>
    public ReadOnlySpan<PredictionBatchRow> Rows => _rows.AsSpan(0, Count);

    /// <summary>Gets the buffer the rows' text ranges point into.</summary>
    internal ArrayBufferWriter<byte> Buffer => _text;

    /// <summary>Returns a range of the UTF-8 text.</summary>
    public ReadOnlySpan<byte> Text(int start, int length) => _text.WrittenSpan.Slice(start, length);

    /// <summary>Returns a range of the text as a string (for readers and tests).</summary>
    public string String(int start, int length) => Encoding.UTF8.GetString(Text(start, length));

    /// <summary>Builds a batch from finished records (for tests and imports; the log writer fills batches directly).</summary>
    public static PredictionBatch From(IEnumerable<PredictionRecord> records)
    {
        var batch = new PredictionBatch();
        foreach (var record in records)
        {
            var id = batch.Append(record.RequestId);
            var inputs = batch.Append(record.Inputs);
            var outputs = batch.Append(record.Outputs);
            batch.Add(new PredictionBatchRow(id.Start, id.Length, record.Row, record.Timestamp, record.Model, record.Version, record.Role,
                inputs.Start, inputs.Length, outputs.Start, outputs.Length, record.PredictedClass, record.LatencyMs));
        }
        return batch;
    }

    /// <summary>Forgets every row, keeping the buffers.</summary>
    public void Clear()
    {
        Count = 0;
        _text.ResetWrittenCount();
    }

    /// <summary>Adds a row whose text ranges are already in the buffer.</summary>
    public void Add(in PredictionBatchRow row)
    {
        if (Count == _rows.Length)
        {
            Array.Resize(ref _rows, Count * 2);
        }
        _rows[Count++] = row;
    }

    /// <summary>Appends every row of another batch (its text copied in one piece), leaving that batch as it was.</summary>
    public void AddAll(PredictionBatch other)
    {
        var shift = _text.WrittenCount;
        other._text.WrittenSpan.CopyTo(_text.GetSpan(other._text.WrittenCount));
        _text.Advance(other._text.WrittenCount);
        foreach (var row in other.Rows)
        {
            Add(row with { RequestStart = row.RequestStart + shift, InputsStart = row.InputsStart + shift, OutputsStart = row.OutputsStart + shift });
        }
    }

    /// <summary>Appends text as UTF-8 and returns where it landed.</summary>
    public (int Start, int Length) Append(string text)
    {
        var start = _text.WrittenCount;
        var length = Encoding.UTF8.GetBytes(text, _text.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _text.Advance(length);
        return (start, length);
    }
}
