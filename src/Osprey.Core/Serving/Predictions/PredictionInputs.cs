using System.Text.Json;

namespace Osprey.Core.Serving.Predictions;

/// <summary>The inputs of a logged request, kept as received and turned into one JSON object per row only by the background log writer.</summary>
public abstract class PredictionInputs
{
    /// <summary>Gets the number of rows.</summary>
    public abstract int RowCount { get; }

    /// <summary>Writes one row as a JSON object of feature name to value.</summary>
    public abstract void WriteRow(int row, Utf8JsonWriter output);

    /// <summary>Called once by the log when it is done with the inputs (written, failed or dropped); pooled inputs give their buffers back.</summary>
    public virtual void Release()
    {
    }
}
