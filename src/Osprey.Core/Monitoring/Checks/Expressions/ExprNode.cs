namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A node of a parsed check expression; <see cref="Evaluate"/> works on one row once <see cref="Bind"/> has found the columns.</summary>
internal abstract class ExprNode
{
    /// <summary>Resolves column names against a table; throws <see cref="OspreyException"/> naming an unknown column.</summary>
    public abstract void Bind(Data.Table table);

    /// <summary>Computes the node's value on a 0-based row.</summary>
    public abstract ExprValue Evaluate(int row);

    /// <summary>Adds the names of the columns the node reads.</summary>
    public abstract void CollectColumns(ISet<string> names);
}
