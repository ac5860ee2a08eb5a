namespace Osprey.Core.Data;

/// <summary>The fractions, strategy and seed of a train/validation/test split; test gets what train and validation leave.</summary>
public sealed record SplitOptions
{
    /// <summary>Gets the fraction of rows for validation (0 for none); the default is 0.1.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Gets the fraction of rows for test (0 for none); the default is 0.2.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Gets the strategy; the default is <see cref="SplitStrategy.Random"/>.</summary>
    public SplitStrategy Strategy { get; init; } = SplitStrategy.Random;

    /// <summary>Gets the column whose classes are kept in proportion (stratified) or whose time orders the rows (time).</summary>
    public string? Column { get; init; }

    /// <summary>Gets the seed that fixes the assignment.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> when the fractions are out of range or leave nothing for training.</summary>
    public void Validate()
    {
        if (ValidationFraction is < 0 or >= 1 || TestFraction is < 0 or >= 1 || ValidationFraction + TestFraction >= 1)
        {
            throw OspreyException.Invalid(
                $"Split fractions must be in [0, 1) and leave rows for training; got validation {ValidationFraction} and test {TestFraction}.");
        }
        if (Strategy != SplitStrategy.Random && string.IsNullOrEmpty(Column))
        {
            throw OspreyException.Invalid($"A {Strategy.ToString().ToLowerInvariant()} split needs a column to split on.");
        }
    }
}
