using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Jobs;

/// <summary>Records a training split in the model file's metadata and recreates it later, so a model can be evaluated on exactly its own test rows.</summary>
public static class TrainingSplit
{
    private const string Strategy = "split_strategy";
    private const string Column = "split_column";
    private const string Seed = "split_seed";
    private const string Validation = "split_validation_fraction";
    private const string Test = "split_test_fraction";

    /// <summary>Returns the metadata entries that describe the split.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Describe(SplitOptions split)
    {
        yield return KeyValuePair.Create(Strategy, split.Strategy.ToString().ToLowerInvariant());
        if (split.Column is { } column)
        {
            yield return KeyValuePair.Create(Column, column);
        }
        yield return KeyValuePair.Create(Seed, split.Seed.ToString(CultureInfo.InvariantCulture));
        yield return KeyValuePair.Create(Validation, split.ValidationFraction.ToString("R", CultureInfo.InvariantCulture));
        yield return KeyValuePair.Create(Test, split.TestFraction.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Returns the table's rows of one part of the model's training split; throws <see cref="ErrorCode.InvalidParameter"/> when the model
    /// recorded no split or the table is not the data it was trained on (its fingerprint differs).
    /// </summary>
    public static Table Rows(TrainedModel model, Table table, EvaluationPart part)
    {
        if (part == EvaluationPart.All)
        {
            return table;
        }
        var metadata = model.Info.Metadata;
        if (!metadata.TryGetValue(Strategy, out var strategy) || model.Info.Target is not { } target)
        {
            throw OspreyException.Invalid($"The model records no training split, so '{Name(part)}' rows cannot be chosen; evaluate all rows instead.");
        }
        var digest = DataFingerprinter.Compute(table).Digest;
        var trained = metadata.GetValueOrDefault("data_digest") ?? "";
        if (trained != digest)
        {
            throw OspreyException.Invalid(
                $"The data differs from the data the model was trained on (fingerprint {digest[..12]}, trained on {trained[..Math.Min(12, trained.Length)]}), so its {Name(part)} rows cannot be recreated; read the training file with the same schema overrides as when training.");
        }
        var options = new SplitOptions
        {
            Strategy = Enum.Parse<SplitStrategy>(strategy, ignoreCase: true),
            Column = metadata.GetValueOrDefault(Column),
            Seed = long.Parse(metadata[Seed], CultureInfo.InvariantCulture),
            ValidationFraction = double.Parse(metadata[Validation], CultureInfo.InvariantCulture),
            TestFraction = double.Parse(metadata[Test], CultureInfo.InvariantCulture),
        };
        // As the trainer does: rows with a missing target are dropped before the split.
        var labels = new TargetEncoding(target, model.Info.Task, model.Info.Classes).Encode(table[target]);
        var kept = Enumerable.Range(0, labels.Length).Where(r => !double.IsNaN(labels[r])).ToArray();
        var usable = table.Take(kept);
        var split = DataSplitter.Split(usable, options);
        var rows = part switch
        {
            EvaluationPart.Train => split.Train,
            EvaluationPart.Validation => split.Validation,
            _ => split.Test,
        };
        return usable.Take(rows);
    }

    /// <summary>Gets the part's lower-case name.</summary>
    public static string Name(EvaluationPart part) => part.ToString().ToLowerInvariant();
}
