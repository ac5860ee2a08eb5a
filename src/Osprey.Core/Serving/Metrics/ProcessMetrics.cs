using System.Diagnostics;
using System.Globalization;

namespace Osprey.Core.Serving.Metrics;

/// <summary>Registers the usual process and .NET runtime figures (CPU, memory, file descriptors, GC, thread pool), read at scrape time.</summary>
public static class ProcessMetrics
{
    private static readonly string[] NoLabels = [];

    /// <summary>Adds the process and runtime families to a registry.</summary>
    public static void Register(MetricRegistry registry)
    {
        var startTime = StartTimeSeconds();
        registry.Callback("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter", NoLabels,
            () => One(Current(p => p.TotalProcessorTime.TotalSeconds)));
        registry.Callback("process_resident_memory_bytes", "Resident memory size in bytes.", "gauge", NoLabels,
            () => One(Current(p => p.WorkingSet64)));
        registry.Callback("process_virtual_memory_bytes", "Virtual memory size in bytes.", "gauge", NoLabels,
            () => One(Current(p => p.VirtualMemorySize64)));
        registry.Callback("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", "gauge", NoLabels,
            () => One(startTime));
        if (Directory.Exists("/proc/self/fd"))
        {
            registry.Callback("process_open_fds", "Number of open file descriptors.", "gauge", NoLabels,
                () => One(Directory.GetFileSystemEntries("/proc/self/fd").Length));
            registry.Callback("process_max_fds", "Maximum number of open file descriptors.", "gauge", NoLabels,
                () => One(MaxFileDescriptors()));
        }
        registry.Callback("dotnet_gc_collections_total", "Garbage collections since the process started, by generation.", "counter", ["generation"],
            () => Enumerable.Range(0, GC.MaxGeneration + 1).Select(g => (new[] { g.ToString(CultureInfo.InvariantCulture) }, (double)GC.CollectionCount(g))));
        registry.Callback("dotnet_gc_allocated_bytes_total", "Bytes allocated on the managed heap since the process started.", "counter", NoLabels,
            () => One(GC.GetTotalAllocatedBytes()));
        registry.Callback("dotnet_gc_heap_size_bytes", "Bytes currently thought to be allocated on the managed heap.", "gauge", NoLabels,
            () => One(GC.GetTotalMemory(false)));
        registry.Callback("dotnet_threadpool_threads", "Thread pool threads that currently exist.", "gauge", NoLabels,
            () => One(ThreadPool.ThreadCount));
        registry.Callback("dotnet_threadpool_queue_length", "Work items queued to the thread pool and not yet started.", "gauge", NoLabels,
            () => One(ThreadPool.PendingWorkItemCount));
    }

    private static IEnumerable<(string[] Labels, double Value)> One(double value) => [(NoLabels, value)];

    private static double Current(Func<Process, double> read)
    {
        using var process = Process.GetCurrentProcess();
        return read(process);
    }

    private static double StartTimeSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime).ToUnixTimeMilliseconds() / 1000.0;
    }

    private static double MaxFileDescriptors()
    {
        try
        {
            var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
            var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts is { Length: > 3 } && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var soft) ? soft : double.NaN;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
