using System.Net.Http.Json;
using System.Text.Json;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Pipelines;

/// <summary>A real <c>osprey server</c> SIGKILLed while a task runs: its workers stop and kill the task, and the restarted server finds the lost try and retries it.</summary>
public sealed class ServerCrashTests
{
    [Fact]
    public async Task ServerKilledMidTask_RestartedServer_RetriesTheLostTryAndFinishesTheRun()
    {
        using var home = new TempDirectory();
        var pidFile = Path.Combine(home.Path, "first-try.pid");
        Directory.CreateDirectory(Path.Combine(home.Path, "pipelines"));
        await File.WriteAllTextAsync(Path.Combine(home.Path, "pipelines", "crash.yaml"), $$"""
            tasks:
              slow:
                type: shell
                retries: 1
                retry_delay: 0s
                with:
                  command: "if [ $OSPREY_TRY_NUMBER = 1 ]; then sleep 120 & echo $! > {{pidFile}}; wait; fi; echo ::output try=$OSPREY_TRY_NUMBER"
              after:
                type: noop
                depends_on: slow
            """);
        string runId;
        using (var first = await OspreyServerProcess.StartAsync(home.Path, workers: 1))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            runId = (await PostAsync(client, "api/osprey/pipelines/crash/trigger")).GetProperty("run_id").GetString()!;
            await WaitAsync(client, runId, run => File.Exists(pidFile) && new FileInfo(pidFile).Length > 0);

            first.Kill();
        }
        Assert.True(await ProcessGoneAsync(int.Parse(await File.ReadAllTextAsync(pidFile))), "the running try's process outlived its server and worker");

        using var second = await OspreyServerProcess.StartAsync(home.Path, workers: 1);
        using var again = new HttpClient { BaseAddress = second.Address };
        var finished = await WaitAsync(again, runId, run => run.GetProperty("status").GetString() is "success" or "failed");
        await second.StopAsync();

        Assert.Equal("success", finished.GetProperty("status").GetString());
        var tries = finished.GetProperty("tries").EnumerateArray().Where(t => t.GetProperty("task_id").GetString() == "slow").ToList();
        Assert.Equal([1, 2], tries.Select(t => t.GetProperty("try_number").GetInt32()));
        Assert.Contains("stopped renewing its lease", tries[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, finished.GetProperty("tasks")[0].GetProperty("outputs").GetProperty("try").GetInt32());
        Assert.Equal("success", finished.GetProperty("tasks")[1].GetProperty("state").GetString());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, JsonContent.Create(new { }));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the run until <paramref name="until"/> holds (a guard of two minutes, not a measurement).</summary>
    private static async Task<JsonElement> WaitAsync(HttpClient client, string runId, Func<JsonElement, bool> until)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"api/osprey/pipelines/runs/{runId}", guard.Token);
            if (until(run))
            {
                return run;
            }
            await Task.Delay(50, guard.Token);
        }
    }

    private static async Task<bool> ProcessGoneAsync(int pid)
    {
        for (var i = 0; i < 400; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat) || (await File.ReadAllTextAsync(stat)).Split(") ")[^1].StartsWith('Z'))
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }
}
