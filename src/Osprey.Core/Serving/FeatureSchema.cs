namespace Osprey.Core.Serving;

/// <summary>One feature a client must send: its name, position in positional rows, type and (for categories) the values the model knows.</summary>
/// <param name="Type">numeric, integer, boolean, categorical or datetime.</param>
public sealed record FeatureSchema(string Name, int Position, string Type, IReadOnlyList<string>? Categories);
