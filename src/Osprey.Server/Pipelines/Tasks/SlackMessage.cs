namespace Osprey.Server.Pipelines.Tasks;

/// <summary>The body of a Slack incoming webhook (and of the many chat tools that accept the same).</summary>
public sealed record SlackMessage(string Text);
