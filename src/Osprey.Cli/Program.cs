using Osprey.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the running command stop at its next await and report, instead of the runtime killing it mid-write.
    e.Cancel = true;
    interrupt.Cancel();
};
return await Cli.RunAsync(args, Console.Out, Console.Error, interrupt.Token);
