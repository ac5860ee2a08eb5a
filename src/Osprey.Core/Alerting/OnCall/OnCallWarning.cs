namespace Osprey.Core.Alerting.OnCall;

/// <summary>A problem <c>osprey oncall check</c> reports: what it is about (such as <c>schedule primary</c>), and a readable message.</summary>
public sealed record OnCallWarning(string Subject, string Message)
{
    public override string ToString() => $"{Subject}: {Message}";
}
