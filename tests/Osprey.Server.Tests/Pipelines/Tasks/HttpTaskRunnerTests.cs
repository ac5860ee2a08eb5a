using System.Net;
using System.Text;
using System.Text.Json;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Tasks;
using Osprey.Server.Pipelines.Tasks;
using Osprey.TestKit;

namespace Osprey.Server.Tests.Pipelines.Tasks;

/// <summary>The HTTP-based task types (http, notify, heartbeat) against a real listener on 127.0.0.1 that records what it received.</summary>
public sealed class HttpTaskRunnerTests : IDisposable
{
    private readonly TempDirectory _home = new();
    private readonly HttpClient _http = new();
    private readonly RecordingListener _listener = RecordingListener.Start();

    [Fact]
    public async Task Http_ExpectedStatus_SucceedsWithStatusAndJsonBody()
    {
        _listener.Answer = (200, """{"ok": true, "n": 3}""");

        var done = await RunAsync("http", $$$"""{"url": "{{{_listener.Url}}}api", "method": "post", "body": {"a": 1}, "headers": {"X-Test": "yes"}}""");

        Assert.Equal(TaskOutcome.Succeeded, done.Outcome);
        Assert.Equal((200, 3), (done.Outputs!["status"].GetInt32(), done.Outputs["body"].GetProperty("n").GetInt32()));
        var received = Assert.Single(_listener.Received);
        Assert.Equal(("POST", """{"a": 1}""", "yes"), (received.Method, received.Body, received.Header("X-Test")));
    }

    [Fact]
    public async Task Http_UnexpectedStatus_FailsNamingTheStatusAndTheExpectedOnes()
    {
        _listener.Answer = (503, "down for maintenance");

        var failed = await RunAsync("http", $$"""{"url": "{{_listener.Url}}x"}""");
        var accepted = await RunAsync("http", $$"""{"url": "{{_listener.Url}}x", "expect_status": [200, 503]}""");

        Assert.Equal(TaskOutcome.Failed, failed.Outcome);
        Assert.Equal($"GET {_listener.Url}x answered 503, expected 2xx: down for maintenance", failed.Message);
        Assert.Equal(TaskOutcome.Succeeded, accepted.Outcome);
    }

    [Fact]
    public async Task Notify_WebhookSlackAndFile_DeliversToEachInItsShape()
    {
        var done = await RunAsync("notify", $$"""
            {"to": ["{{_listener.Url}}hook", "slack+{{_listener.Url}}slack", "file:notes/out.jsonl"], "title": "churn", "message": "F1 0.81"}
            """);

        Assert.Equal((TaskOutcome.Succeeded, 3), (done.Outcome, done.Outputs!["delivered"].GetInt32()));
        var hook = JsonDocument.Parse(_listener.Received.Single(r => r.Path == "/hook").Body).RootElement;
        Assert.Equal(("p", "t", "churn", "F1 0.81"), (hook.GetProperty("pipeline").GetString(), hook.GetProperty("task").GetString(),
            hook.GetProperty("title").GetString(), hook.GetProperty("message").GetString()));
        Assert.Equal("""{"text":"*churn*\nF1 0.81"}""", _listener.Received.Single(r => r.Path == "/slack").Body);
        var line = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_home.Path, "notes", "out.jsonl"))).RootElement;
        Assert.Equal("F1 0.81", line.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Notify_OneTargetFails_StillDeliversToTheOthersAndFails()
    {
        _listener.Answer = (500, "no");

        var done = await RunAsync("notify", $$"""{"to": ["{{_listener.Url}}hook", "file:out.jsonl"], "message": "hello"}""");

        Assert.Equal(TaskOutcome.Failed, done.Outcome);
        Assert.Equal($"1 of 2 notifications failed: {_listener.Url}hook: answered 500", done.Message);
        Assert.True(File.Exists(Path.Combine(_home.Path, "out.jsonl")));
    }

    [Fact]
    public async Task Heartbeat_Answered2xx_SucceedsAndOtherwiseFails()
    {
        var ok = await RunAsync("heartbeat", $$"""{"url": "{{_listener.Url}}ping"}""");
        _listener.Answer = (404, "");
        var missing = await RunAsync("heartbeat", $$"""{"url": "{{_listener.Url}}ping"}""");
        var bad = await RunAsync("heartbeat", """{"url": "ftp://example.com"}""");

        Assert.Equal(TaskOutcome.Succeeded, ok.Outcome);
        Assert.Equal((TaskOutcome.Failed, $"the heartbeat {_listener.Url}ping answered 404"), (missing.Outcome, missing.Message));
        Assert.Equal("tasks.t.with.url must be an http:// or https:// URL, got 'ftp://example.com'", bad.Message);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _http.Dispose();
        _home.Dispose();
    }

    private Task<TryCompletion> RunAsync(string type, string settings)
    {
        var executor = new TaskExecutor(TaskRunners.BuiltIn(_http), _home.Path, _home.Path, TimeProvider.System);
        var runId = new PipelineRunId(Some.Name("run"));
        using var document = JsonDocument.Parse(settings);
        var dispatch = new TaskDispatch(runId, "p", "t", type, 1, document.RootElement.Clone(), TimeSpan.FromSeconds(30), false);
        return executor.RunAsync(new TaskClaim(new TaskLease(runId, "t", 1, "w", DateTimeOffset.MaxValue), dispatch), CancellationToken.None);
    }
}
