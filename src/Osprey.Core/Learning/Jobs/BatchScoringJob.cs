using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Scores a CSV file with a stored model in batches and writes identifiers, predictions and class probabilities to an output CSV.</summary>
public sealed class BatchScoringJob(JobServices services, TimeProvider clock)
{
    /// <summary>
    /// Scores every row, reading the input a chunk at a time (<see cref="BatchScoringRequest.ChunkBytes"/>) so memory stays bounded; the output
    /// appears only when complete (it is written beside and then moved into place). Throws <see cref="ErrorCode.InvalidParameter"/> naming
    /// the file and line of a malformed row, and naming columns the model needs but the data lacks.
    /// </summary>
    public async Task<BatchScoringResult> RunAsync(BatchScoringRequest request, IProgress<ScoringProgress>? progress, CancellationToken ct)
    {
        CheckOutput(request);
        var loaded = await new ModelLoader(services).LoadAsync(request.Model, ct);
        var model = loaded.Model;
        var options = request.Data.Options(new CsvOptions { MissingTokens = model.Encoder.MissingTokens });
        options = options with { ColumnKinds = AsRead(options, request.Keep) };
        var started = clock.GetTimestamp();
        var unknown = new int[model.Encoder.Columns.Count];
        var partial = request.OutputPath + ".partial";
        var rows = 0L;
        PredictionLayout? layout = null;
        try
        {
            using var reader = new CsvChunkReader(request.Data.Path, options.HasHeader, request.ChunkBytes);
            await using (var file = CsvOutput.OpenFile(partial))
            {
                var output = new CsvOutput(file);
                while (reader.Next() is { } chunk)
                {
                    ct.ThrowIfCancellationRequested();
                    if (layout is null)
                    {
                        options = FixedAfterFirstChunk(options, chunk);
                    }
                    var table = chunk.Parse(Path.GetFileName(request.Data.Path), options);
                    if (layout is null)
                    {
                        layout = new PredictionLayout(model, table, request.Keep, request.Threshold ?? ModelMetadata.ThresholdOf(model));
                        options = options with { ColumnKinds = AsRead(options, layout.Kept) };
                        layout.WriteHeader(output);
                    }
                    rows = ScoreChunk(new ChunkScoring(model, layout, table, chunk, request), output, rows, unknown, ct);
                    progress?.Report(new ScoringProgress(rows, reader.Position, reader.Length));
                }
            }
            if (layout is null)
            {
                // An empty file: parsing it gives the reader's own message.
                CsvTableReader.Parse([], Path.GetFileName(request.Data.Path), options);
            }
            File.Move(partial, request.OutputPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        var unknownByColumn = model.Encoder.Columns.Select((c, i) => (c.Name, Count: unknown[i])).Where(p => p.Count > 0).ToDictionary(p => p.Name, p => p.Count);
        return new BatchScoringResult(loaded, rows, layout!.Columns, clock.GetElapsedTime(started), unknownByColumn);
    }

    // Later chunks must be read as the first one was: the same delimiter, whatever a later chunk's lines look like.
    private static CsvOptions FixedAfterFirstChunk(CsvOptions options, CsvChunk chunk) =>
        options.Delimiter is not null ? options : options with { Delimiter = (char)DelimiterDetector.Detect(TextDecoding.ToUtf8(chunk.Content).Utf8) };

    // Copied columns are read as text, so they are written exactly as read, and identically in every chunk.
    private static Dictionary<string, ColumnKind> AsRead(CsvOptions options, IEnumerable<string> kept)
    {
        var kinds = new Dictionary<string, ColumnKind>(options.ColumnKinds, StringComparer.Ordinal);
        foreach (var name in kept)
        {
            kinds.TryAdd(name, ColumnKind.Identifier);
        }
        return kinds;
    }

    private static long ScoreChunk(ChunkScoring scoring, CsvOutput output, long rows, int[] unknown, CancellationToken ct)
    {
        var (model, layout, table, chunk, request) = scoring;
        var inputs = InputsOf(model, table, request.Data.Path);
        var kept = layout.KeptColumns(table);
        for (var start = 0; start < table.RowCount; start += request.BatchSize)
        {
            ct.ThrowIfCancellationRequested();
            var count = Math.Min(request.BatchSize, table.RowCount - start);
            var predictions = ScoreBatch(model, inputs, start, count, unknown, chunk, request.Data.Path);
            for (var r = 0; r < count; r++)
            {
                layout.WriteRow(output, kept, start + r, rows + start + r + 1, predictions.AsSpan(r * model.OutputCount, model.OutputCount));
            }
        }
        return rows + table.RowCount;
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

    private static double[] ScoreBatch(TrainedModel model, Table inputs, int start, int count, int[] unknown, CsvChunk chunk, string path)
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
            throw Located(model, inputs, rows, chunk, path) ?? error;
        }
        return model.Predictor.Predict(features);
    }

    // The encoder names the column but not the row; finding the first value it refuses gives the file and line.
    private static OspreyException? Located(TrainedModel model, Table inputs, int[] rows, CsvChunk chunk, string path)
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
                    var line = chunk.LineOf(row);
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

    private sealed record ChunkScoring(TrainedModel Model, PredictionLayout Layout, Table Table, CsvChunk Chunk, BatchScoringRequest Request);
}
