using System.Diagnostics;

namespace Osprey.Server.Pipelines;

/// <summary>How to start an <c>osprey worker</c> process: the program and the arguments before <c>worker</c>'s own.</summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>The environment variable naming the osprey program (an executable or <c>osprey.dll</c>) that workers are started with.</summary>
    public const string CommandVariable = "OSPREY_WORKER_COMMAND";

    private const string CliAssembly = "osprey";

    /// <summary>Starts workers with the program at <paramref name="path"/>: an executable, or a <c>.dll</c> run by the current .NET host.</summary>
    public static WorkerLaunch ForProgram(string path) => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        ? new WorkerLaunch(DotnetHost(), [path, "worker"])
        : new WorkerLaunch(path, ["worker"]);

    /// <summary>Finds the osprey program: <see cref="CommandVariable"/> when set, else the osprey command when it is the program running; null otherwise
    /// (a server hosted by another program, such as a test host, starts no workers; start them with <c>osprey worker --server URL</c>).</summary>
    public static WorkerLaunch? Detect(Func<string, string?> getVariable)
    {
        if (getVariable(CommandVariable) is { Length: > 0 } configured)
        {
            return ForProgram(configured);
        }
        var entry = System.Reflection.Assembly.GetEntryAssembly();
        return entry?.GetName().Name == CliAssembly && entry.Location.Length > 0 ? ForProgram(entry.Location) : null;
    }

    /// <summary>Creates the start info for one worker, with <paramref name="arguments"/> after <c>worker</c>.</summary>
    public ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
