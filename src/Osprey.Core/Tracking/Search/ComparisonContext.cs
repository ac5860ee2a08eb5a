namespace Osprey.Core.Tracking.Search;

/// <summary>The field and operator of the comparison being read, with their text cut out only when a message needs it.</summary>
internal readonly record struct ComparisonContext(string Text, ParsedField Field, ComparisonOperator Operator, int OperatorStart, int OperatorEnd)
{
    public string FieldText => Text[Field.Start..Field.End];

    public string OperatorText => Text[OperatorStart..OperatorEnd];
}
