using Osprey.Core.Data;
using Osprey.Core.Learning.Models;

namespace Osprey.Core.Learning.Jobs;

/// <summary>
/// The columns of a scoring output: the input's identifier columns (and any asked for), or a 1-based <c>row</c> number when there are none;
/// then <c>prediction</c> (the class, or the value for regression) and, for classifiers, <c>probability_&lt;class&gt;</c> per class.
/// </summary>
internal sealed class PredictionLayout
{
    private readonly string[] _kept;
    private readonly TrainedModel _model;
    private readonly double _threshold;

    public PredictionLayout(TrainedModel model, Table table, IReadOnlyList<string> keep, double threshold)
    {
        _model = model;
        _threshold = threshold;
        var names = table.Columns.Where(c => c.Kind == ColumnKind.Identifier).Select(c => c.Name).ToList();
        foreach (var name in keep)
        {
            table.Schema.Get(name);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
        _kept = [.. names];
        var columns = _kept.Length == 0 ? new List<string> { "row" } : [.. names];
        columns.Add("prediction");
        if (model.Info.Task != LearningTask.Regression)
        {
            columns.AddRange(model.Info.Classes.Select(c => $"probability_{c}"));
        }
        Columns = columns;
    }

    /// <summary>Gets the output column names in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the input columns copied to the output (identifiers, then the ones asked for).</summary>
    public IReadOnlyList<string> Kept => _kept;

    /// <summary>Returns the copied columns of one table (a chunk of the input) in output order.</summary>
    public Column[] KeptColumns(Table table) => _kept.Select(n => table[n]).ToArray();

    /// <summary>Writes the header record.</summary>
    public void WriteHeader(CsvOutput output)
    {
        foreach (var name in Columns)
        {
            output.Field(name);
        }
        output.EndRecord();
    }

    /// <summary>Writes the record of row <paramref name="row"/> of a chunk whose copied columns are <paramref name="kept"/>; <paramref name="number"/> is its 1-based row in the file.</summary>
    public void WriteRow(CsvOutput output, Column[] kept, int row, long number, ReadOnlySpan<double> outputs)
    {
        if (kept.Length == 0)
        {
            output.Field(number);
        }
        foreach (var column in kept)
        {
            output.Field(column.Format(row));
        }
        var classes = _model.Info.Classes;
        switch (_model.Info.Task)
        {
            case LearningTask.BinaryClassification:
                output.Field(classes[outputs[0] >= _threshold ? 1 : 0]);
                output.Field(1 - outputs[0]);
                output.Field(outputs[0]);
                break;
            case LearningTask.MulticlassClassification:
                var best = 0;
                for (var c = 1; c < outputs.Length; c++)
                {
                    best = outputs[c] > outputs[best] ? c : best;
                }
                output.Field(classes[best]);
                foreach (var probability in outputs)
                {
                    output.Field(probability);
                }
                break;
            default:
                output.Field(outputs[0]);
                break;
        }
        output.EndRecord();
    }
}
