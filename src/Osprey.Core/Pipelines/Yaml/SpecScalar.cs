using YamlDotNet.Core;

namespace Osprey.Core.Pipelines.Yaml;

/// <summary>A scalar as written, with its quoting style (plain scalars may be numbers, booleans or null; quoted ones are always text).</summary>
internal sealed record SpecScalar(string Value, ScalarStyle Style, SourceMark Start, SourceMark End) : SpecNode(Start)
{
    public override string Shape => "text";

    /// <summary>Gets whether the scalar was written without quotes or block markers.</summary>
    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any;

    /// <summary>Gets whether a plain scalar spells null (empty, <c>~</c> or <c>null</c>).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Maps an offset inside the value to a position in the file: exact for plain and quoted scalars on one line without escapes, the scalar's start for block scalars.</summary>
    public SourceMark At(int offset)
    {
        if (Start.Line != End.Line || Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return Start;
        }
        var quote = Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return Start with { Column = Start.Column + quote + offset };
    }
}
