namespace Osprey.Core.Monitoring.Drift;

/// <summary>Runs a drift check end to end: profiles the reference (or reuses a stored profile), streams the current data, compares, writes the report and JSON, and records series samples.</summary>
public sealed class DriftCheck(DriftServices services, TimeProvider clock)
{
    /// <summary>Runs the check; throws <see cref="ErrorCode.InvalidParameter"/> for a request naming no or two sources on a side, and the sources' own errors.</summary>
    public async Task<DriftResult> RunAsync(DriftRequest request, IProgress<DriftProgress>? progress, CancellationToken ct)
    {
        var reference = await ProfileReferenceAsync(request, progress, ct);
        if (request.ProfilePath is { } profilePath)
        {
            await File.WriteAllTextAsync(profilePath, reference.ToJson(), ct);
        }
        var schema = reference.Columns.Select(c => new ColumnSchema(c.Name, c.Type)).ToList();
        var current = await CurrentAsync(request, schema, progress, ct);
        var result = DriftAnalyzer.Compare(reference, current, request.Options);
        if (request.ReportPath is { } report)
        {
            await DriftReport.Build(result).WriteAsync(report, ct);
        }
        if (request.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, DriftJson.Write(result), ct);
        }
        if (services.Series is { } series)
        {
            var subject = request.Subject ?? request.CurrentModel ?? Path.GetFileNameWithoutExtension(request.CurrentPath ?? "current");
            await DriftSeriesRecorder.RecordAsync(series, result, subject, clock.GetUtcNow().ToUnixTimeMilliseconds(), ct);
        }
        return result;
    }

    /// <summary>Profiles the reference side alone (a CSV or profile file, or a registered model's training data), as a run does first;
    /// throws <see cref="ErrorCode.NotFound"/> for a missing file and <see cref="ErrorCode.InvalidParameter"/> unless exactly one reference is given.</summary>
    public async Task<DataProfile> ProfileReferenceAsync(DriftRequest request, IProgress<DriftProgress>? progress, CancellationToken ct)
    {
        var bytes = Bytes(progress, "reference", request.ReferencePath);
        switch (request.ReferencePath, request.ReferenceModel)
        {
            case ({ } path, null) when path.EndsWith(".json", StringComparison.OrdinalIgnoreCase):
                return File.Exists(path) ? DataProfile.FromJson(await File.ReadAllTextAsync(path, ct), path) : throw OspreyException.NotFound($"The profile file '{path}' does not exist.");
            case ({ } path, null):
                if (!File.Exists(path))
                {
                    throw OspreyException.NotFound($"The reference file '{path}' does not exist.");
                }
                var reader = new CsvChunkReader(path);
                var schema = request.Options.Apply(reader.InferSchema());
                return ProfileBuilder.ProfileReadingAhead(schema, reader.Read(schema, bytes), path, ct);
            case (null, { } model):
                if (services.Versions is null || services.Runs is null || services.Artifacts is null)
                {
                    throw OspreyException.Invalid("a model reference needs the workspace's registry; open a workspace or pass --reference FILE.");
                }
                return await new ReferenceProfiles(services.Versions, services.Runs, services.Artifacts).GetAsync(model, bytes, ct);
            default:
                throw OspreyException.Invalid("give exactly one reference: a CSV or profile file (--reference) or a model (--reference-model).");
        }
    }

    private async Task<DataProfile> CurrentAsync(DriftRequest request, IReadOnlyList<ColumnSchema> schema, IProgress<DriftProgress>? progress, CancellationToken ct)
    {
        switch (request.CurrentPath, request.CurrentModel)
        {
            case ({ } path, null):
                var reader = new CsvChunkReader(path);
                return ProfileBuilder.ProfileReadingAhead(schema, reader.Read(schema, Bytes(progress, "current", path)), path, ct);
            case (null, { } model):
                var log = services.PredictionLog ?? throw OspreyException.Invalid("reading a served model's predictions needs the local workspace's prediction log.");
                var to = clock.GetUtcNow();
                var window = request.Window ?? TimeSpan.FromDays(7);
                var builder = new ProfileBuilder(schema);
                await foreach (var chunk in new PredictionLogReader(log).ReadAsync(model, (to - window).ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds() + 1,
                    schema, request.Options.Prediction, request.Options.Target, ct))
                {
                    builder.Add(chunk);
                    progress?.Report(new DriftProgress("current", builder.Rows, 0));
                }
                if (builder.Rows == 0)
                {
                    throw OspreyException.NotFound($"model '{model}' logged no predictions in the last {window}; is prediction logging on?");
                }
                return builder.Build($"{model} predictions, last {window}");
            default:
                throw OspreyException.Invalid("give exactly one current data set: a CSV file (--current) or a served model (--current-model).");
        }
    }

    private static ActionProgress<long>? Bytes(IProgress<DriftProgress>? progress, string side, string? path)
    {
        if (progress is null || path is null || !File.Exists(path))
        {
            return null;
        }
        var total = new FileInfo(path).Length;
        return new ActionProgress<long>(done => progress.Report(new DriftProgress(side, done, total)));
    }
}
