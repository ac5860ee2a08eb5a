using System.Text;
using Osprey.Core.Data;

namespace Osprey.Core.Tests.Data;

/// <summary>Parses CSV text written inline in a test.</summary>
internal static class CsvText
{
    public static Table Parse(string text, CsvOptions? options = null) =>
        CsvTableReader.Parse(Encoding.UTF8.GetBytes(text), "test.csv", options);

    public static string RepositoryFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Osprey.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Osprey.slnx not found above the test folder."), relative);
    }
}
