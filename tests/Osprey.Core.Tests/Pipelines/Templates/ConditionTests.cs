using Osprey.Core.Pipelines.Templates;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Templates;

public sealed class ConditionTests
{
    private static readonly FixedScope Scope = new(new()
    {
        ["f1"] = TemplateValue.FromNumber(0.81),
        ["name"] = TemplateValue.From("gbdt"),
        ["yes"] = TemplateValue.From(true),
        ["no"] = TemplateValue.From(false),
        ["nothing"] = TemplateValue.Null,
        ["gone"] = TemplateValue.Missing("task x was skipped"),
    });

    [Theory]
    [InlineData("{{ f1 >= 0.7 }}", true)]
    [InlineData("  {{ f1 >= 0.9 }}  ", false)]
    [InlineData("f1 > 0.8 and name == 'gbdt'", true)]
    [InlineData("f1 > 0.9 or name == \"gbdt\"", true)]
    [InlineData("not yes", false)]
    [InlineData("not (no or no)", true)]
    [InlineData("yes and not no", true)]
    [InlineData("no or yes and no", false)]
    [InlineData("name != 'logistic'", true)]
    [InlineData("name < 'h'", true)]
    [InlineData("-1 < 0", true)]
    [InlineData("1e3 == 1000", true)]
    [InlineData("gone >= 0.7", false)]
    [InlineData("gone < 0.7", false)]
    [InlineData("gone == null", true)]
    [InlineData("nothing == null", true)]
    [InlineData("nothing != 0", true)]
    [InlineData("name == 1", false)]
    [InlineData("gone", false)]
    [InlineData("yes", true)]
    [InlineData("true", true)]
    public void Evaluate_Expression_GivesExpectedTruth(string text, bool expected)
    {
        var condition = Parse(text);

        var result = condition.Evaluate(Scope);

        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Value.Boolean);
    }

    [Theory]
    [InlineData("f1", "the condition must be true or false, got number 0.81")]
    [InlineData("name > 1", "cannot order string 'gbdt' against number 1")]
    [InlineData("yes and 3", "each side of 'and' must be true or false, got number 3")]
    [InlineData("yes < no", "cannot order true against false")]
    public void Evaluate_TypeError_FailsWithReadableMessage(string text, string expected)
    {
        var result = Parse(text).Evaluate(Scope);

        Assert.False(result.Success);
        Assert.Equal($"when '{text}': {expected}", result.Error);
    }

    [Fact]
    public void Evaluate_ShortCircuit_SkipsTheRightSide()
    {
        // The right side would be a type error; 'and' never looks at it once the left side is false.
        var result = Parse("no and f1").Evaluate(Scope);

        Assert.True(result.Success, result.Error);
        Assert.False(result.Value.Boolean);
    }

    [Theory]
    [InlineData("{{ yes }} and {{ no }}", "exactly one")]
    [InlineData("{{ yes }} extra", "exactly one")]
    [InlineData("f1 >", "ended")]
    [InlineData("f1 > 0.7 )", "unexpected ')'")]
    public void Parse_BadCondition_Fails(string text, string expected)
    {
        var result = Condition.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    private static Condition Parse(string text)
    {
        var result = Condition.Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Value!;
    }
}
