using System.Diagnostics;
using System.Globalization;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Worker ids name the machine, process id and process start time (<c>host/pid/start</c>), so a scheduler on the same machine can tell at once
/// that a worker process is gone instead of waiting for its leases to expire.</summary>
public static class WorkerIds
{
    /// <summary>Returns the id of the current process as a worker, with a suffix when one process runs several workers.</summary>
    public static string ForThisProcess(string? suffix = null)
    {
        using var self = Process.GetCurrentProcess();
        var id = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{self.Id}/{StartSeconds(self)}");
        return suffix is null ? id : $"{id}/{suffix}";
    }

    /// <summary>Tells whether the id names a process on this machine that no longer runs (false when unsure: another machine, or not an id of this form).</summary>
    public static bool IsGone(string workerId)
    {
        var parts = workerId.Split('/');
        if (parts.Length < 3 || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || StartSeconds(process) != start;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It exited while being looked at.
            return true;
        }
    }

    private static long StartSeconds(Process process) => process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
}
