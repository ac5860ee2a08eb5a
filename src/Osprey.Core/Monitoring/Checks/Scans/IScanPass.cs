namespace Osprey.Core.Monitoring.Checks.Scans;

/// <summary>Something that reads a block of rows during the suite's single pass: a check, or a structure several checks share.</summary>
internal interface IScanPass
{
    /// <summary>Gets the column the pass reads, or null when it reads several (lanes are formed per column).</summary>
    string? Column { get; }

    /// <summary>Reads the 0-based rows [start, end); blocks arrive in row order.</summary>
    void Observe(int start, int end);
}
