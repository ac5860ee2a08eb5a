namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A number, text, true, false or null written in the expression.</summary>
internal sealed class LiteralNode(ExprValue value) : ExprNode
{
    public override void Bind(Data.Table table)
    {
    }

    public override ExprValue Evaluate(int row) => value;

    public override void CollectColumns(ISet<string> names)
    {
    }
}
