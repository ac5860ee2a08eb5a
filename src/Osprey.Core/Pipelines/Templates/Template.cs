using System.Text;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Templates;

/// <summary>Text with <c>{{ expression }}</c> blocks, parsed once when a pipeline loads and rendered against each run's values.</summary>
/// <remarks>A template made of exactly one block keeps the value's type (a number stays a number); otherwise the parts are joined as text.
/// There is no escape for a literal <c>{{</c>: write it as the string expression <c>{{ '{{' }}</c>.</remarks>
public sealed class Template
{
    private Template(string text, IReadOnlyList<TemplatePart> parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>Gets the text the template was parsed from.</summary>
    public string Text { get; }

    /// <summary>Gets the literal and expression parts in order.</summary>
    public IReadOnlyList<TemplatePart> Parts { get; }

    /// <summary>Gets whether the template contains at least one expression.</summary>
    public bool HasExpressions => Parts.Any(p => p.Expression is not null);

    /// <summary>Gets whether the template is exactly one <c>{{ }}</c> block, so rendering keeps the value's type.</summary>
    public bool IsSingleExpression => Parts is [{ Expression: not null }];

    /// <summary>Parses <paramref name="text"/>; never throws for bad text, and errors carry the zero-based offset in the text.</summary>
    public static ParseResult<Template> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<TemplatePart>();
        var index = 0;
        while (index < text.Length)
        {
            var open = text.IndexOf("{{", index, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TemplatePart(text[index..], null, text[index..]));
                break;
            }
            if (open > index)
            {
                parts.Add(new TemplatePart(text[index..open], null, text[index..open]));
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close >= 0 && string.IsNullOrWhiteSpace(text[(open + 2)..close]))
            {
                return ParseResult<Template>.Fail("empty '{{ }}': write an expression between the braces", open);
            }
            var (result, end) = ExpressionParser.ParseAt(text, open + 2);
            if (!result.Success)
            {
                return new(null, result.Error);
            }
            if (string.CompareOrdinal(text, end, "}}", 0, 2) != 0)
            {
                return end < text.Length
                    ? ParseResult<Template>.Fail($"unexpected '{text[end]}' in the expression; expected an operator or '}}}}'", end)
                    : ParseResult<Template>.Fail("this '{{' is never closed with '}}'", open);
            }
            parts.Add(new TemplatePart(null, result.Value, text[(open + 2)..end].Trim()));
            index = end + 2;
        }
        return ParseResult<Template>.Ok(new Template(text, parts));
    }

    /// <summary>Lists every reference the template reads, in text order.</summary>
    public IEnumerable<TemplateReference> References() =>
        Parts.Where(p => p.Expression is not null).SelectMany(p => p.Expression!.References());

    /// <summary>Renders against <paramref name="scope"/>: a typed value for a single block, otherwise a string; a block with no value is an error.</summary>
    public TemplateRender Render(ITemplateScope scope)
    {
        try
        {
            if (IsSingleExpression)
            {
                return TemplateRender.Ok(Evaluate(Parts[0], scope));
            }
            var text = new StringBuilder();
            foreach (var part in Parts)
            {
                text.Append(part.Expression is null ? part.Literal : Evaluate(part, scope).ToDisplayString());
            }
            return TemplateRender.Ok(TemplateValue.From(text.ToString()));
        }
        catch (TemplateEvaluationException e)
        {
            return TemplateRender.Fail(e.Message);
        }
    }

    public override string ToString() => Text;

    private static TemplateValue Evaluate(TemplatePart part, ITemplateScope scope)
    {
        TemplateValue value;
        try
        {
            value = part.Expression!.Evaluate(scope);
        }
        catch (TemplateEvaluationException e)
        {
            throw new TemplateEvaluationException($"{{{{ {part.Source} }}}}: {e.Message}");
        }
        return value.Kind == ValueKind.Missing
            ? throw new TemplateEvaluationException($"{{{{ {part.Source} }}}} has no value: {value.Text}")
            : value;
    }
}
