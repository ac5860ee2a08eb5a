using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Osprey.Core.Monitoring.Checks.Expressions;
using Xunit;
using static Osprey.Core.Tests.Monitoring.Checks.CheckTables;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class ExpressionCheckTests
{
    private static readonly Table Charges = Of(
        Numbers("total", 100, 20, double.NaN, 50),
        Numbers("monthly", 50, 30, 10, 50),
        Numbers("tenure", 2, 1, 0, 1),
        Categories("contract", "Two year", "Month-to-month", "Month-to-month", "One year"));

    private static CheckResult Check(string expression) => One(Charges, CheckSpec.Condition(expression));

    [Fact]
    public void Comparison_FalseRowsFail_NullRowsAreNotEvaluated()
    {
        var result = Check("total >= monthly");

        Assert.Equal((3L, 1L), (result.Evaluated, result.UnexpectedCount));
        Assert.Equal(new FailingRow(2, "monthly=30, total=20"), result.Examples.Single());
    }

    [Theory]
    [InlineData("total >= monthly or tenure <= 1", 4, 0)]
    [InlineData("total >= monthly and tenure > 0", 4, 2)]
    [InlineData("not (total < monthly)", 3, 1)]
    [InlineData("is_null(total) or total >= monthly * tenure", 4, 1)]
    [InlineData("coalesce(total, 0) + 1 > monthly", 4, 2)]
    [InlineData("abs(-total) / tenure = total / tenure", 3, 0)]
    [InlineData("contract == 'Month-to-month' or tenure > 1 and total % 2 = 0", 4, 1)]
    [InlineData("`contract` != \"Two year\"", 4, 1)]
    [InlineData("total / (tenure - 1) > 0", 1, 0)]
    public void Expression_Operators_CountRowsAsDocumented(string expression, long evaluated, long unexpected)
    {
        var result = Check(expression);

        Assert.Equal((evaluated, unexpected), (result.Evaluated, result.UnexpectedCount));
    }

    [Fact]
    public void Expression_NullInOr_IsTrueWhenTheOtherSideIsTrue()
    {
        var result = One(Of(Numbers("a", double.NaN, double.NaN), Numbers("b", 1, 0)), CheckSpec.Condition("a > 0 or b = 1"));

        Assert.Equal((1L, 0L), (result.Evaluated, result.UnexpectedCount));
    }

    [Theory]
    [InlineData("total >=", 8, "the expression ends where a value was expected")]
    [InlineData("total >= (monthly", 17, "expected a closing ')' but found the end")]
    [InlineData("total # 3", 6, "unexpected character '#'")]
    [InlineData("sum(total) > 1", 0, "unknown function 'sum'; the functions are is_null, is_not_null, coalesce, abs")]
    [InlineData("total > 'x", 8, "the text starting here has no closing '")]
    [InlineData("total monthly", 6, "unexpected 'monthly' after a complete expression")]
    public void Parse_BadSyntax_ReportsMessageAndOffset(string expression, int offset, string message)
    {
        var (node, error) = ExprParser.Parse(expression);

        Assert.Null(node);
        Assert.Equal(new ExprSyntaxError(message, offset), error);
    }

    [Fact]
    public void Run_ExpressionNamingUnknownColumn_Throws()
    {
        var error = Assert.Throws<OspreyException>(() => Check("totl > 0"));

        Assert.StartsWith("the expression names column 'totl', which the data does not have", error.Message, StringComparison.Ordinal);
    }
}
