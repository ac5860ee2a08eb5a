using System.Text.Json;
using Osprey.Core.Pipelines.Templates;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Templates;

public sealed class TemplateTests
{
    private static readonly FixedScope Scope = new(new()
    {
        ["ds"] = TemplateValue.From("2026-03-29"),
        ["run_id"] = TemplateValue.From("run-7"),
        ["params.threshold"] = TemplateValue.FromNumber(0.7, "0.7"),
        ["tasks.evaluate.outputs.f1"] = TemplateValue.FromNumber(0.81, "0.81"),
        ["tasks.evaluate.outputs.model"] = TemplateValue.From("gbdt"),
        ["tasks.evaluate.outputs.ok"] = TemplateValue.From(true),
        ["tasks.train.outputs.rows"] = TemplateValue.FromNumber(12345678901234567, "12345678901234567"),
        ["tasks.skipped.outputs.f1"] = TemplateValue.Missing("task skipped was skipped"),
    });

    [Fact]
    public void Render_SingleBlock_KeepsTheValueType()
    {
        var rendered = Parse("{{ tasks.evaluate.outputs.f1 }}").Render(Scope);

        Assert.True(rendered.Success, rendered.Error);
        Assert.Equal(ValueKind.Number, rendered.Value.Kind);
        Assert.Equal(0.81, rendered.Value.Number);
    }

    [Fact]
    public void Render_TextWithBlocks_JoinsAsString()
    {
        var rendered = Parse("predictions/churn/{{ ds }}/{{run_id}}-{{ tasks.evaluate.outputs.ok }}.csv").Render(Scope);

        Assert.Equal("predictions/churn/2026-03-29/run-7-true.csv", rendered.Value.Text);
    }

    [Fact]
    public void Render_LargeInteger_KeepsItsExactDigits()
    {
        var rendered = Parse("rows={{ tasks.train.outputs.rows }}").Render(Scope);

        Assert.Equal("rows=12345678901234567", rendered.Value.Text);
    }

    [Fact]
    public void Render_ComparisonBlock_GivesBoolean()
    {
        var rendered = Parse("{{ tasks.evaluate.outputs.f1 >= params.threshold }}").Render(Scope);

        Assert.Equal(TemplateValue.From(true), rendered.Value);
    }

    [Fact]
    public void Render_MissingOutput_FailsNamingTheBlockAndReason()
    {
        var rendered = Parse("f1 was {{ tasks.skipped.outputs.f1 }}").Render(Scope);

        Assert.False(rendered.Success);
        Assert.Equal("{{ tasks.skipped.outputs.f1 }} has no value: task skipped was skipped", rendered.Error);
    }

    [Fact]
    public void Render_NoBlocks_IsTheTextItself()
    {
        var template = Parse("plain text with } and { braces");

        Assert.False(template.HasExpressions);
        Assert.Equal("plain text with } and { braces", template.Render(Scope).Value.Text);
    }

    [Fact]
    public void Render_QuotedBraces_WritesLiteralBraces()
    {
        var rendered = Parse("docker ps --format '{{ '{{' }}.Names}}'").Render(Scope);

        Assert.Equal("docker ps --format '{{.Names}}'", rendered.Value.Text);
    }

    [Fact]
    public void References_Template_ListsNamesInOrder()
    {
        var references = Parse("{{ ds }} {{ tasks.evaluate.outputs.f1 > params.threshold and not tasks.evaluate.outputs.ok }}").References();

        Assert.Equal(["ds", "tasks.evaluate.outputs.f1", "params.threshold", "tasks.evaluate.outputs.ok"], references.Select(r => r.Dotted));
    }

    [Theory]
    [InlineData("{{ ds ", "never closed", 0)]
    [InlineData("a {{ }} b", "empty '{{ }}'", 2)]
    [InlineData("{{ ds ds }}", "unexpected 'd'", 6)]
    [InlineData("{{ f1 = 0.7 }}", "use '=='", 6)]
    [InlineData("{{ 'abc }}", "never closed with '", 3)]
    [InlineData("{{ tasks. }}", "expected a name after 'tasks.'", 9)]
    [InlineData("{{ (ds }}", "expected ')'", 3)]
    [InlineData("{{ ds >= }}", "unexpected '}'", 9)]
    [InlineData("{{ and }}", "keyword 'and'", 3)]
    [InlineData("{{ 1e }}", "exponent", 4)]
    [InlineData("x {{ a < b < c }}", "unexpected '<'", 11)]
    [InlineData("{{ # }}", "unexpected '#'", 3)]
    public void Parse_BadTemplate_FailsWithMessageAndPosition(string text, string expected, int position)
    {
        var result = Template.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(position, result.Error.Position);
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedNotOverflowed()
    {
        var text = "{{ " + new string('(', 200) + "1" + new string(')', 200) + " }}";

        var result = Template.Parse(text);

        Assert.False(result.Success);
        Assert.Contains("nest", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Settings_RendersNestedTemplatesToJson()
    {
        var settings = new TemplatedMap(
        [
            new("output", new TemplatedText(Parse("predictions/{{ ds }}"))),
            new("threshold", new TemplatedText(Parse("{{ params.threshold }}"))),
            new("columns", new TemplatedList([new TemplatedLiteral(JsonDocument.Parse("\"a\"").RootElement), new TemplatedText(Parse("{{ tasks.evaluate.outputs.model }}"))])),
        ]);

        var (value, error) = settings.Render(Scope, "with");

        Assert.Null(error);
        Assert.Equal("""{"output":"predictions/2026-03-29","threshold":0.7,"columns":["a","gbdt"]}""", value.GetRawText());
    }

    [Fact]
    public void Render_SettingsWithMissingValue_NamesTheField()
    {
        var settings = new TemplatedMap([new("checks", new TemplatedList([new TemplatedText(Parse("{{ tasks.skipped.outputs.f1 }}"))]))]);

        var (_, error) = settings.Render(Scope, "with");

        Assert.Equal("with.checks[0]: {{ tasks.skipped.outputs.f1 }} has no value: task skipped was skipped", error);
    }

    private static Template Parse(string text)
    {
        var result = Template.Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Value!;
    }
}
