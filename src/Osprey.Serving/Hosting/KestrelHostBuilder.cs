using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Osprey.Serving.Hosting;

/// <summary>Starts the web application builder every Osprey HTTP endpoint uses: Kestrel on the given URLs, no server header, and no configuration files.</summary>
/// <remarks>
/// The content root is the program's own folder and configuration is never reloaded: a content root in the workspace would have the host
/// watch the folder where the database lives, and every write of the prediction log would wake that watcher.
/// </remarks>
public static class KestrelHostBuilder
{
    /// <summary>Creates a builder listening on <paramref name="urls"/>; null <paramref name="maxBodyBytes"/> keeps Kestrel's limit, null <paramref name="logLevel"/> logs nothing.</summary>
    public static WebApplicationBuilder Create(string urls, long? maxBodyBytes, LogLevel? logLevel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (maxBodyBytes is { } limit)
            {
                kestrel.Limits.MaxRequestBodySize = limit;
            }
        });
        builder.Logging.ClearProviders();
        if (logLevel is { } level)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(level);
        }
        return builder;
    }
}
