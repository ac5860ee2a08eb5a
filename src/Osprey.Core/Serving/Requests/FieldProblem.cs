namespace Osprey.Core.Serving.Requests;

/// <summary>Why a request was refused, naming the field at fault (such as <c>tenure</c>, <c>features</c> or <c>body</c>).</summary>
/// <param name="Field">The request field at fault.</param>
/// <param name="Code">A stable machine-readable reason: <c>unknown_feature</c>, <c>missing_feature</c>, <c>wrong_type</c>, <c>unseen_category</c>, <c>missing_value</c>, <c>malformed</c>.</param>
/// <param name="Message">A sentence a newcomer can act on.</param>
public sealed record FieldProblem(string Field, string Code, string Message)
{
    /// <summary>Returns the problem for a row of a batch, naming the row in the field.</summary>
    public FieldProblem InRow(int row) => this with { Field = $"rows[{row}].{Field}", Message = $"Row {row}: {Message}" };
}
