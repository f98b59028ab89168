using Liftoff.Configuration;

namespace Liftoff.Notifications;

/// <summary>One event of a run, as it is posted to a webhook.</summary>
public sealed record Notice
{
    /// <summary>What happened.</summary>
    public required NotificationEvent Event { get; init; }

    /// <summary>The environment, e.g. <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The version concerned: deployed, or restored by a rollback.</summary>
    public required string Version { get; init; }

    /// <summary>The version before: replaced by the deploy, or rolled back from.</summary>
    public string? PreviousVersion { get; init; }

    /// <summary>One sentence for people, e.g. <c>v1.5.0 live in production</c>.</summary>
    public required string Message { get; init; }

    /// <summary>Further lines (the failing check, the rollback command); default none.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    /// <summary>The environment's URL, if any.</summary>
    public Uri? EnvironmentUrl { get; init; }

    /// <summary>The CI run's page, if any.</summary>
    public Uri? RunUrl { get; init; }

    /// <summary>The repository, <c>owner/name</c>, if known.</summary>
    public string? Repository { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The event's name on the wire: <c>deploy.started</c>, <c>deploy.succeeded</c>, <c>deploy.failed</c>, <c>deploy.rolled-back</c>, <c>deploy.degraded</c>.</summary>
    public string EventName => Event switch
    {
        NotificationEvent.DeployStarted => "deploy.started",
        NotificationEvent.DeploySucceeded => "deploy.succeeded",
        NotificationEvent.DeployFailed => "deploy.failed",
        NotificationEvent.RolledBack => "deploy.rolled-back",
        _ => "deploy.degraded",
    };

    /// <summary>A symbol for chat messages: ▶ started, ✅ succeeded, ❌ failed, ↩ rolled back, ⚠ degraded.</summary>
    public string Symbol => Event switch
    {
        NotificationEvent.DeployStarted => "▶",
        NotificationEvent.DeploySucceeded => "✅",
        NotificationEvent.DeployFailed => "❌",
        NotificationEvent.RolledBack => "↩",
        _ => "⚠",
    };
}
