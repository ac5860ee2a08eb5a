namespace Osprey.Core.Tracking.Search;

/// <summary>A field as read from the text: the reference, its attribute definition for attributes, and where it stands in the text.</summary>
internal readonly record struct ParsedField(FieldRef Field, SearchAttribute? Attribute, int Start, int End)
{
    /// <summary>Whether values compared with this field are numbers (metrics and numeric attributes).</summary>
    public bool IsNumeric => Field.Kind == FieldKind.Metric || Attribute?.Type == SearchValueType.Number;
}
