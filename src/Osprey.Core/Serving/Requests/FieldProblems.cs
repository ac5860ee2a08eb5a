using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Serving.Requests;

/// <summary>The problems row validation reports, each naming the field and saying what the model expects.</summary>
internal static class FieldProblems
{
    public static FieldProblem MissingValue(string name, string what) =>
        new(name, "missing_value", $"The feature '{name}' is {what}, and this server does not accept missing values.");

    public static FieldProblem WrongType(InputColumn input, string got)
    {
        var expected = input.Kind switch
        {
            ColumnKind.Numeric or ColumnKind.Integer => "a number",
            ColumnKind.Boolean => "a boolean (true/false, yes/no or 1/0)",
            ColumnKind.DateTime => "a date as text, such as 2024-05-31 or 2024-05-31T12:00:00Z",
            _ => "a category as text",
        };
        return new FieldProblem(input.Name, "wrong_type", $"The feature '{input.Name}' expects {expected} but got {got}.");
    }

    public static FieldProblem UnseenCategory(InputColumn input, string value)
    {
        var known = input.Categories ?? [];
        var sample = string.Join(", ", known.Take(10).Select(c => $"'{c}'")) + (known.Count > 10 ? $" and {known.Count - 10} more" : "");
        return new FieldProblem(input.Name, "unseen_category", $"The feature '{input.Name}' has the category '{value}', which the model never saw; it knows {sample}.");
    }

    public static FieldProblem Unknown(string name, IReadOnlyList<InputColumn> columns) =>
        new(name, "unknown_feature", $"The model has no feature '{name}'; it reads {NameList(columns)}.");

    public static FieldProblem Missing(string name, IReadOnlyList<InputColumn> columns) =>
        new(name, "missing_feature", $"The feature '{name}' is missing; send every feature the model reads (null for a missing value): {NameList(columns)}.");

    public static string NameList(IReadOnlyList<InputColumn> columns) => string.Join(", ", columns.Select(c => c.Name));
}
