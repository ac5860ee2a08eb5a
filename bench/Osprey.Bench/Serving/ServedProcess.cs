using System.Diagnostics;
using System.Globalization;

namespace Osprey.Bench.Serving;

/// <summary>A server the benchmark started as a child process (osprey serve or the FastAPI peer): waits until it answers, measures its CPU, stops it.</summary>
internal sealed class ServedProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServedProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts a command and waits (up to two minutes) until <c>GET /health</c> answers 200.</summary>
    public static async Task<ServedProcess> StartAsync(string file, string arguments, int port, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.Error.WriteLine($"  [{Path.GetFileName(file)}] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var served = new ServedProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = served.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}");
            }
            try
            {
                using var response = await http.GetAsync("health");
                if (response.IsSuccessStatusCode)
                {
                    return served;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }
            await Task.Delay(500);
        }
        await served.DisposeAsync();
        throw new TimeoutException($"{file} {arguments} did not answer /health within two minutes");
    }

    /// <summary>Returns the CPU seconds the process and its children (uvicorn's workers) have used, from /proc.</summary>
    public double CpuSeconds() => Tree(_process.Id).Sum(Cpu);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static IEnumerable<int> Tree(int pid)
    {
        yield return pid;
        var children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            yield break;
        }
        foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var descendant in Tree(int.Parse(child, CultureInfo.InvariantCulture)))
            {
                yield return descendant;
            }
        }
    }

    private static double Cpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of /proc/<pid>/stat (utime, stime) in clock ticks of 1/100 s.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
