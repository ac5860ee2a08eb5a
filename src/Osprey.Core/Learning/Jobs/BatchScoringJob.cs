using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Scores a CSV file with a stored model in batches and writes identifiers, predictions and class probabilities to an output CSV.</summary>
public sealed class BatchScoringJob(JobServices services, TimeProvider clock)
{
    /// <summary>
    /// Scores every row; the output appears only when complete (it is written beside and then moved into place). Throws
    /// <see cref="ErrorCode.InvalidParameter"/> naming the file and line of a malformed row, and naming columns the model needs but the data lacks.
    /// </summary>
    public async Task<BatchScoringResult> RunAsync(BatchScoringRequest request, IProgress<ScoringProgress>? progress, CancellationToken ct)
    {
        CheckOutput(request);
        var loaded = await new ModelLoader(services).LoadAsync(request.Model, ct);
        var model = loaded.Model;
        var table = request.Data.Read(new CsvOptions { MissingTokens = model.Encoder.MissingTokens });
        var inputs = InputsOf(model, table, request.Data.Path);
        var layout = new PredictionLayout(model, table, request.Keep, request.Threshold ?? ModelMetadata.ThresholdOf(model));
        var started = clock.GetTimestamp();
        var unknown = new int[model.Encoder.Columns.Count];
        var partial = request.OutputPath + ".partial";
        try
        {
            await using (var file = CsvOutput.OpenFile(partial))
            {
                var output = new CsvOutput(file);
                layout.WriteHeader(output);
                for (var start = 0; start < table.RowCount; start += request.BatchSize)
                {
                    ct.ThrowIfCancellationRequested();
                    var count = Math.Min(request.BatchSize, table.RowCount - start);
                    var predictions = ScoreBatch(model, inputs, start, count, unknown, request.Data.Path);
                    for (var r = 0; r < count; r++)
                    {
                        layout.WriteRow(output, start + r, predictions.AsSpan(r * model.OutputCount, model.OutputCount));
                    }
                    progress?.Report(new ScoringProgress(start + count, table.RowCount));
                }
            }
            File.Move(partial, request.OutputPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        var unknownByColumn = model.Encoder.Columns.Select((c, i) => (c.Name, Count: unknown[i])).Where(p => p.Count > 0).ToDictionary(p => p.Name, p => p.Count);
        return new BatchScoringResult(loaded, table.RowCount, layout.Columns, clock.GetElapsedTime(started), unknownByColumn);
    }

    private static void CheckOutput(BatchScoringRequest request)
    {
        if (request.BatchSize < 1)
        {
            throw OspreyException.Invalid($"The batch size must be at least 1, got {request.BatchSize}.");
        }
        var output = Path.GetFullPath(request.OutputPath);
        if (string.Equals(output, request.Data.FullPath, StringComparison.Ordinal))
        {
            throw OspreyException.Invalid($"The output file '{request.OutputPath}' is the input file; write the predictions to another file.");
        }
        if (Path.GetDirectoryName(output) is { } folder && !Directory.Exists(folder))
        {
            throw OspreyException.NotFound($"The output folder '{folder}' does not exist.");
        }
    }

    private static double[] ScoreBatch(TrainedModel model, Table inputs, int start, int count, int[] unknown, string path)
    {
        var rows = Enumerable.Range(start, count).ToArray();
        FeatureMatrix features;
        try
        {
            features = model.Encoder.Transform(inputs.Take(rows), out var batchUnknown);
            for (var i = 0; i < unknown.Length; i++)
            {
                unknown[i] += batchUnknown[i];
            }
        }
        catch (OspreyException error) when (error.Code == ErrorCode.InvalidParameter)
        {
            throw Located(model, inputs, rows, path) ?? error;
        }
        return model.Predictor.Predict(features);
    }

    // The encoder names the column but not the row; finding the first value it refuses gives the file and line.
    private static OspreyException? Located(TrainedModel model, Table inputs, int[] rows, string path)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < model.Encoder.Columns.Count; c++)
            {
                var value = inputs.Columns[c].Format(row);
                try
                {
                    model.Encoder.EncodeText(c, value, value is null);
                }
                catch (OspreyException error)
                {
                    var line = CsvLineLocator.LineOf(File.ReadAllBytes(path), row);
                    return OspreyException.Invalid($"{Path.GetFileName(path)} line {line.ToString(CultureInfo.InvariantCulture)}: {error.Message}");
                }
            }
        }
        return null;
    }

    // The model's input columns, in its feature order, so batches copy only what is scored.
    private static Table InputsOf(TrainedModel model, Table table, string path)
    {
        var missing = model.Encoder.Columns.Where(c => table.Schema.IndexOf(c.Name) < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw OspreyException.Invalid(
                $"{Path.GetFileName(path)} has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}, which the model needs; it reads: {string.Join(", ", model.Encoder.Columns.Select(c => c.Name))}.");
        }
        return new Table(model.Encoder.Columns.Select(c => table[c.Name]).ToArray());
    }
}
