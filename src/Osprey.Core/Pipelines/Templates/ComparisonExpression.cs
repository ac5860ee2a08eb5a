using System.Text.Json;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>Compares two values: numbers numerically, strings by ordinal order, anything with null or missing only by (in)equality.</summary>
/// <remarks>Ordering a null or missing value is false rather than an error, so <c>tasks.x.outputs.f1 &gt;= 0.7</c> is simply false when x was skipped.
/// Values of different kinds are never equal; ordering them (a number against a string) is an error.</remarks>
public sealed class ComparisonExpression(ComparisonKind kind, TemplateExpression left, TemplateExpression right, int position) : TemplateExpression(position)
{
    /// <summary>Gets the operator.</summary>
    public ComparisonKind Kind { get; } = kind;

    /// <summary>Gets the left operand.</summary>
    public TemplateExpression Left { get; } = left;

    /// <summary>Gets the right operand.</summary>
    public TemplateExpression Right { get; } = right;

    public override IEnumerable<TemplateReference> References() => Left.References().Concat(Right.References());

    internal override TemplateValue Evaluate(ITemplateScope scope)
    {
        var left = Left.Evaluate(scope);
        var right = Right.Evaluate(scope);
        if (Kind is ComparisonKind.Equal or ComparisonKind.NotEqual)
        {
            return TemplateValue.From(AreEqual(left, right) == (Kind == ComparisonKind.Equal));
        }
        if (IsAbsent(left) || IsAbsent(right))
        {
            return TemplateValue.From(false);
        }

        var order = (left.Kind, right.Kind) switch
        {
            (ValueKind.Number, ValueKind.Number) => left.Number.CompareTo(right.Number),
            (ValueKind.String, ValueKind.String) => string.CompareOrdinal(left.Text, right.Text),
            _ => throw new TemplateEvaluationException($"cannot order {left.Describe()} against {right.Describe()}"),
        };
        return TemplateValue.From(Kind switch
        {
            ComparisonKind.Less => order < 0,
            ComparisonKind.LessOrEqual => order <= 0,
            ComparisonKind.Greater => order > 0,
            _ => order >= 0,
        });
    }

    private static bool IsAbsent(TemplateValue value) => value.Kind is ValueKind.Null or ValueKind.Missing;

    private static bool AreEqual(TemplateValue left, TemplateValue right)
    {
        if (IsAbsent(left) || IsAbsent(right))
        {
            return IsAbsent(left) && IsAbsent(right);
        }
        return (left.Kind, right.Kind) switch
        {
            (ValueKind.Number, ValueKind.Number) => left.Number.Equals(right.Number),
            (ValueKind.String, ValueKind.String) => string.Equals(left.Text, right.Text, StringComparison.Ordinal),
            (ValueKind.Boolean, ValueKind.Boolean) => left.Boolean == right.Boolean,
            (ValueKind.Structured, ValueKind.Structured) => JsonElement.DeepEquals(left.Structure, right.Structure),
            _ => false,
        };
    }
}
