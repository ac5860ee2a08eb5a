using Osprey.Core.Learning;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Serving.Api;

/// <summary>The rows of a batch call, validated and encoded for one version, with what the prediction log needs to record their inputs.</summary>
/// <param name="Inputs">The rows' inputs for the prediction log, or null when predictions are not logged.</param>
/// <param name="ClientId">The id the client sent in the body, or null.</param>
internal sealed record EncodedBatch(FeatureMatrix Matrix, PredictionInputs? Inputs, string? ClientId)
{
    /// <summary>Gets the number of rows.</summary>
    public int RowCount => Matrix.RowCount;

    /// <summary>Builds the column-major matrix from row-major features.</summary>
    public static FeatureMatrix Transpose(IReadOnlyList<FeatureInfo> features, ReadOnlySpan<float> rowMajor, int rows)
    {
        var width = features.Count;
        var columns = new float[width][];
        for (var f = 0; f < width; f++)
        {
            var column = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                column[r] = rowMajor[r * width + f];
            }
            columns[f] = column;
        }
        return new FeatureMatrix(features, columns);
    }
}
