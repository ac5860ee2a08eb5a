using System.Text;
using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks.Expressions;

namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary><c>expression</c>: a row passes when the condition is true, fails when false, and is not evaluated when it is null (a missing value decided it).</summary>
internal sealed class ExpressionScan : RowScan
{
    private readonly ExprNode _condition;
    private readonly Column[] _columns;

    public ExpressionScan(CheckSpec spec, Table table) : base(spec, null)
    {
        var (node, error) = ExprParser.Parse(spec.Expression ?? "");
        _condition = node ?? throw OspreyException.Invalid($"{spec.DisplayName}: {error!.Message}");
        _condition.Bind(table);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        _condition.CollectColumns(names);
        _columns = [.. names.Select(n => table[n])];
    }

    public override void Observe(int start, int end)
    {
        for (var row = start; row < end; row++)
        {
            switch (_condition.Evaluate(row).AsBool())
            {
                case true:
                    Evaluated++;
                    break;
                case false:
                    Evaluated++;
                    Fail(row);
                    break;
            }
        }
    }

    protected override string? Describe(int row)
    {
        var text = new StringBuilder();
        foreach (var column in _columns)
        {
            text.Append(text.Length > 0 ? ", " : "").Append(column.Name).Append('=').Append(column.Format(row) ?? "null");
        }
        return text.ToString();
    }
}
