using System.Globalization;
using Osprey.Core.Data;

namespace Osprey.Core.Learning.Preprocessing;

/// <summary>How a target column becomes labels: the task and, for classification, the class names in label order (label 1 is the positive class of a binary task).</summary>
public sealed record TargetEncoding(string Target, LearningTask Task, IReadOnlyList<string> Classes)
{
    /// <summary>Gets the number of classes (0 for regression).</summary>
    public int ClassCount => Task == LearningTask.Regression ? 0 : Classes.Count;

    /// <summary>Chooses the task (unless given) and the classes from the training rows' target values; throws for a target with one class.</summary>
    public static TargetEncoding Fit(Column target, LearningTask? task = null)
    {
        var inferred = task ?? Infer(target);
        if (inferred == LearningTask.Regression)
        {
            if (target is not NumericColumn)
            {
                throw OspreyException.Invalid($"Regression needs a numeric target, but '{target.Name}' is {ColumnKindNames.Format(target.Kind)}.");
            }
            return new TargetEncoding(target.Name, inferred, []);
        }
        var classes = ClassNames(target);
        if (classes.Count < 2)
        {
            var only = classes.Count == 0 ? "no values" : $"only the class '{classes[0]}'";
            throw OspreyException.Invalid($"The target '{target.Name}' has {only} in the training rows; classification needs at least two classes.");
        }
        var kind = classes.Count == 2 ? LearningTask.BinaryClassification : LearningTask.MulticlassClassification;
        if (inferred == LearningTask.BinaryClassification && kind != inferred)
        {
            throw OspreyException.Invalid($"Binary classification needs two classes, but '{target.Name}' has {classes.Count}: {string.Join(", ", classes.Take(10))}.");
        }
        return new TargetEncoding(target.Name, kind, classes);
    }

    /// <summary>Returns the label of every row, NaN where the target is missing or (classification) names a class not seen in training.</summary>
    public double[] Encode(Column target)
    {
        var labels = new double[target.Length];
        var index = Classes.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => (double)p.i, StringComparer.Ordinal);
        for (var r = 0; r < labels.Length; r++)
        {
            if (Task == LearningTask.Regression)
            {
                labels[r] = target is NumericColumn numbers ? numbers.Values[r] : double.NaN;
                continue;
            }
            var text = ClassText(target, r);
            labels[r] = text is not null && index.TryGetValue(text, out var label) ? label : double.NaN;
        }
        return labels;
    }

    private static LearningTask Infer(Column target) => target.Kind switch
    {
        ColumnKind.Boolean => LearningTask.BinaryClassification,
        ColumnKind.Categorical or ColumnKind.Text or ColumnKind.Identifier =>
            ClassNames(target).Count == 2 ? LearningTask.BinaryClassification : LearningTask.MulticlassClassification,
        _ => LearningTask.Regression,
    };

    private static List<string> ClassNames(Column target)
    {
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < target.Length; r++)
        {
            if (ClassText(target, r) is { } text)
            {
                distinct.Add(text);
            }
        }
        if (target is NumericColumn { BooleanNames: { } names })
        {
            // False before true, so the "yes" spelling is the positive class.
            return names.Where(distinct.Contains).ToList();
        }
        var list = distinct.ToList();
        // Numeric class labels order by value (2 before 10), and "0"/"1" keep 1 as the positive class.
        if (target is NumericColumn)
        {
            list.Sort((a, b) => double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture)));
        }
        return list;
    }

    private static string? ClassText(Column target, int row) =>
        target is NumericColumn { Kind: ColumnKind.Boolean, BooleanNames: { } names } flags && !flags.IsMissing(row)
            ? names[(int)flags.Values[row]]
            : target.Format(row);
}
