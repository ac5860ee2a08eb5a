namespace Osprey.Server.Tests.Pipelines;

/// <summary>Tells when a killed process is gone: no longer listed, or a zombie no one reaps (containers often run an init that does not).</summary>
internal static class ProcessGone
{
    /// <summary>Waits (a guard of ten seconds, not a measurement) for the process to be gone; false if it still runs.</summary>
    public static async Task<bool> SoonAsync(int pid)
    {
        for (var i = 0; i < 200; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || (await File.ReadAllTextAsync(stat)).Split(") ")[^1].StartsWith('Z'))
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }
}
