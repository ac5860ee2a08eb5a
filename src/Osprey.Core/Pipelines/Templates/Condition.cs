using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>A <c>when:</c> condition: one expression, written as <c>{{ expression }}</c> or bare, that must come out true or false.</summary>
public sealed class Condition
{
    private Condition(string text, TemplateExpression expression)
    {
        Text = text;
        Expression = expression;
    }

    /// <summary>Gets the text the condition was parsed from.</summary>
    public string Text { get; }

    /// <summary>Gets the parsed expression.</summary>
    public TemplateExpression Expression { get; }

    /// <summary>Parses a condition; never throws for bad text, and errors carry the zero-based offset in the text.</summary>
    public static ParseResult<Condition> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            var (bare, end) = ExpressionParser.ParseAt(text, 0);
            if (!bare.Success)
            {
                return new(null, bare.Error);
            }
            return end < text.Length
                ? ParseResult<Condition>.Fail($"unexpected '{text[end]}' after the condition", end)
                : ParseResult<Condition>.Ok(new Condition(text, bare.Value!));
        }

        var template = Template.Parse(text);
        if (!template.Success)
        {
            return new(null, template.Error);
        }
        var blocks = template.Value!.Parts.Where(p => p.Expression is not null).ToList();
        var stray = template.Value.Parts.FirstOrDefault(p => p.Expression is null && !string.IsNullOrWhiteSpace(p.Literal));
        if (blocks.Count != 1 || stray is not null)
        {
            var at = stray is null ? 0 : text.IndexOf(stray.Literal!, StringComparison.Ordinal);
            return ParseResult<Condition>.Fail("a condition must be exactly one '{{ expression }}' with nothing around it", Math.Max(at, 0));
        }
        return ParseResult<Condition>.Ok(new Condition(text, blocks[0].Expression!));
    }

    /// <summary>Evaluates against <paramref name="scope"/>: true or false, where null and missing count as false; any other value is an error.</summary>
    public TemplateRender Evaluate(ITemplateScope scope)
    {
        try
        {
            return TemplateRender.Ok(TemplateValue.From(TemplateExpression.Truth(Expression.Evaluate(scope), "the condition")));
        }
        catch (TemplateEvaluationException e)
        {
            return TemplateRender.Fail($"when '{Text}': {e.Message}");
        }
    }

    public override string ToString() => Text;
}
