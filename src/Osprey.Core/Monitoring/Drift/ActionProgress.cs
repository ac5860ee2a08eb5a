namespace Osprey.Core.Monitoring.Drift;

/// <summary>Reports progress by calling an action on the reporting thread, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
internal sealed class ActionProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
