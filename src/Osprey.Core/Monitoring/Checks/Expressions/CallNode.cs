namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A function call: <c>is_null(x)</c>, <c>is_not_null(x)</c>, <c>coalesce(a, b, ...)</c> or <c>abs(x)</c>.</summary>
internal sealed class CallNode(string function, IReadOnlyList<ExprNode> arguments) : ExprNode
{
    /// <summary>The functions, with how many arguments each takes (-1: one or more).</summary>
    public static readonly IReadOnlyDictionary<string, int> Functions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["is_null"] = 1, ["is_not_null"] = 1, ["coalesce"] = -1, ["abs"] = 1,
    };

    public override void Bind(Data.Table table)
    {
        foreach (var argument in arguments)
        {
            argument.Bind(table);
        }
    }

    public override ExprValue Evaluate(int row)
    {
        switch (function)
        {
            case "is_null":
                return ExprValue.Of(arguments[0].Evaluate(row).IsNull);
            case "is_not_null":
                return ExprValue.Of(!arguments[0].Evaluate(row).IsNull);
            case "abs":
                return arguments[0].Evaluate(row).AsNumber() is { } number ? ExprValue.Of(Math.Abs(number)) : ExprValue.Null;
            default:
                foreach (var argument in arguments)
                {
                    var value = argument.Evaluate(row);
                    if (!value.IsNull)
                    {
                        return value;
                    }
                }
                return ExprValue.Null;
        }
    }

    public override void CollectColumns(ISet<string> names)
    {
        foreach (var argument in arguments)
        {
            argument.CollectColumns(names);
        }
    }
}
