namespace Osprey.Core.Learning.Linear;

/// <summary>Settings of the linear learners; the defaults follow scikit-learn's LogisticRegression (C = 1, lbfgs, 100 iterations) and Ridge (alpha = 1).</summary>
public sealed record LinearOptions
{
    /// <summary>Gets the L2 penalty strength on the standardised weights (intercepts are not penalised): 1/C for logistic regression, alpha for linear regression; the default is 1.</summary>
    public double L2 { get; init; } = 1;

    /// <summary>Gets the most L-BFGS iterations for logistic regression; the default is 100.</summary>
    public int MaxIterations { get; init; } = 100;

    /// <summary>Gets the gradient size (on the per-row objective) at which logistic regression stops; the default is 1e-6.</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Gets whether classes are weighted inversely to their frequency.</summary>
    public bool BalancedClassWeights { get; init; }

    /// <summary>Gets the number of threads (0 = all processors).</summary>
    public int Threads { get; init; }

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (L2 < 0 || !double.IsFinite(L2))
        {
            throw OspreyException.Invalid("The linear setting 'l2' must be a finite number not below 0.");
        }
        if (MaxIterations < 1 || Tolerance <= 0 || Threads < 0)
        {
            throw OspreyException.Invalid("The linear settings 'max_iterations' (>= 1), 'tolerance' (> 0) and 'threads' (>= 0) are out of range.");
        }
    }

    internal ParallelOptions Parallel => new() { MaxDegreeOfParallelism = Threads > 0 ? Threads : Environment.ProcessorCount };
}
