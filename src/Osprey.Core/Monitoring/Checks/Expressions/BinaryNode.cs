namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A binary operator with SQL-style null handling: arithmetic and comparisons with a null give null, <c>and</c>/<c>or</c> use three-valued logic.</summary>
internal sealed class BinaryNode(ExprOperator op, ExprNode left, ExprNode right) : ExprNode
{
    public override void Bind(Data.Table table)
    {
        left.Bind(table);
        right.Bind(table);
    }

    public override ExprValue Evaluate(int row) => op switch
    {
        ExprOperator.And => And(row),
        ExprOperator.Or => Or(row),
        >= ExprOperator.Add => Arithmetic(left.Evaluate(row), right.Evaluate(row)),
        _ => Compare(left.Evaluate(row), right.Evaluate(row)),
    };

    public override void CollectColumns(ISet<string> names)
    {
        left.CollectColumns(names);
        right.CollectColumns(names);
    }

    private ExprValue And(int row)
    {
        var a = left.Evaluate(row).AsBool();
        if (a == false)
        {
            return ExprValue.False;
        }
        var b = right.Evaluate(row).AsBool();
        return b == false ? ExprValue.False : a is null || b is null ? ExprValue.Null : ExprValue.True;
    }

    private ExprValue Or(int row)
    {
        var a = left.Evaluate(row).AsBool();
        if (a == true)
        {
            return ExprValue.True;
        }
        var b = right.Evaluate(row).AsBool();
        return b == true ? ExprValue.True : a is null || b is null ? ExprValue.Null : ExprValue.False;
    }

    private ExprValue Arithmetic(ExprValue a, ExprValue b)
    {
        if (a.AsNumber() is not { } x || b.AsNumber() is not { } y)
        {
            return ExprValue.Null;
        }
        return op switch
        {
            ExprOperator.Add => ExprValue.Of(x + y),
            ExprOperator.Subtract => ExprValue.Of(x - y),
            ExprOperator.Multiply => ExprValue.Of(x * y),
            ExprOperator.Divide => y == 0 ? ExprValue.Null : ExprValue.Of(x / y),
            _ => y == 0 ? ExprValue.Null : ExprValue.Of(x % y),
        };
    }

    private ExprValue Compare(ExprValue a, ExprValue b)
    {
        if (a.IsNull || b.IsNull)
        {
            return ExprValue.Null;
        }
        int order;
        if (a.Kind == ExprValueKind.Text && b.Kind == ExprValueKind.Text)
        {
            order = string.CompareOrdinal(a.Text, b.Text);
        }
        else if (a.AsNumber() is { } x && b.AsNumber() is { } y)
        {
            order = x.CompareTo(y);
        }
        else
        {
            // Text that is no number against a number: never equal, and not ordered.
            return op switch
            {
                ExprOperator.Equal => ExprValue.False,
                ExprOperator.NotEqual => ExprValue.True,
                _ => ExprValue.Null,
            };
        }
        return ExprValue.Of(op switch
        {
            ExprOperator.Equal => order == 0,
            ExprOperator.NotEqual => order != 0,
            ExprOperator.Less => order < 0,
            ExprOperator.LessOrEqual => order <= 0,
            ExprOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }
}
