namespace Osprey.Cli.Learning;

/// <summary>Reports progress by calling an action on the reporting thread, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
