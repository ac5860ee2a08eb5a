using System.Diagnostics;
using Xunit;

namespace Osprey.Core.Tests.Learning;

/// <summary>A fact that runs only when /usr/bin/python3 can import xgboost and pandas (CI installs python3-xgboost); otherwise it is skipped with the reason.</summary>
internal sealed class PythonXgboostFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> MissingReason = new(Probe);

    public PythonXgboostFactAttribute()
    {
        if (MissingReason.Value is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? Probe()
    {
        if (!File.Exists("/usr/bin/python3"))
        {
            return "/usr/bin/python3 is not installed, so XGBoost's own predictions cannot be computed.";
        }
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", "-c \"import xgboost, pandas\"") { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : "/usr/bin/python3 cannot import xgboost and pandas (apt-get install python3-xgboost python3-pandas).";
    }
}
