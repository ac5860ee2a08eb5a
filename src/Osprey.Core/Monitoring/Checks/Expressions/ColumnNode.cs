using Osprey.Core.Data;

namespace Osprey.Core.Monitoring.Checks.Expressions;

/// <summary>A column's value on the row: numbers (and 0/1 for yes/no columns) as numbers, everything else as text; missing values are null.</summary>
internal sealed class ColumnNode(string name) : ExprNode
{
    private double[]? _numbers;
    private Column? _column;

    public string Name => name;

    public override void Bind(Table table)
    {
        var index = table.Schema.IndexOf(name);
        if (index < 0)
        {
            throw OspreyException.Invalid($"the expression names column '{name}', which the data does not have; its columns are: {string.Join(", ", table.Columns.Select(c => c.Name))}");
        }
        _column = table.Columns[index];
        _numbers = _column is NumericColumn numeric ? numeric.Array : null;
    }

    public override ExprValue Evaluate(int row) =>
        _numbers is { } numbers ? ExprValue.Of(numbers[row]) : ExprValue.Of(_column!.Format(row));

    public override void CollectColumns(ISet<string> names) => names.Add(name);
}
