namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary><c>not x</c> (null stays null) or <c>-x</c> (null, or text that is no number, gives null).</summary>
internal sealed class UnaryNode(bool negate, ExprNode operand) : ExprNode
{
    public override void Bind(Data.Table table) => operand.Bind(table);

    public override ExprValue Evaluate(int row)
    {
        var value = operand.Evaluate(row);
        if (negate)
        {
            return value.AsNumber() is { } number ? ExprValue.Of(-number) : ExprValue.Null;
        }
        return value.AsBool() is { } flag ? ExprValue.Of(!flag) : ExprValue.Null;
    }

    public override void CollectColumns(ISet<string> names) => operand.CollectColumns(names);
}
