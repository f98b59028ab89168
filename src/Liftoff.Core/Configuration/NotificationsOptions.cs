using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>
/// The <c>notifications</c> section: who hears about a run. A notice that cannot be delivered is reported as a
/// warning and never fails a good deploy.
/// </summary>
public sealed class NotificationsOptions
{
    /// <summary>Whether notices are sent at all. Default true.</summary>
    [Description("Whether notices are sent at all.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Whether a GitHub Actions run writes a job summary, annotations and step outputs. Default true.</summary>
    [Description("Whether a GitHub Actions run writes a job summary, annotations and step outputs.")]
    public bool GitHubActions { get; set; } = true;

    /// <summary>A webhook (Slack, Teams…) to post each event to, only as <c>env:VARIABLE</c>. Default: none.</summary>
    [Description("A webhook to post each event to, only as env:VARIABLE; webhook URLs carry their own credentials.")]
    [Secret]
    public string Webhook { get; set; } = "";

    /// <summary>The shape of the JSON posted to the webhook. Default <see cref="WebhookTemplate.Generic"/>.</summary>
    [Description("The shape of the JSON posted to the webhook: generic, slack (incoming webhook) or teams (Adaptive Card).")]
    public WebhookTemplate Template { get; set; } = WebhookTemplate.Generic;

    /// <summary>The events posted. Default: all of them.</summary>
    [Description("The events posted to the webhook.")]
    public List<NotificationEvent> Events { get; set; } =
        [NotificationEvent.DeployStarted, NotificationEvent.DeploySucceeded, NotificationEvent.DeployFailed, NotificationEvent.RolledBack, NotificationEvent.Degraded];

    /// <summary>Retries of a webhook post that failed with 429, 5xx, a timeout or a network error. Default 3.</summary>
    [Description("Retries of a webhook post that failed with 429, 5xx, a timeout or a network error.")]
    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>Seconds one webhook post may take. Default 10.</summary>
    [Description("Seconds one webhook post may take before it is retried.")]
    [Range(0.1, 300.0)]
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Whether the pull requests that shipped get a comment such as "Released in v1.5.0; deployed to production"
    /// (needs a GitHub token). Default false.
    /// </summary>
    [Description("Whether the pull requests that shipped get a comment such as \"Released in v1.5.0; deployed to production\" (needs a GitHub token).")]
    public bool PullRequestComments { get; set; }

    /// <summary>Where incident reports are written after a rollback, relative to the repository. Default <c>artifacts/incidents</c>.</summary>
    [Description("Where incident reports are written after a rollback, relative to the repository.")]
    public string IncidentsDirectory { get; set; } = "artifacts/incidents";

    /// <summary>Whether a rollback also opens a GitHub issue with the incident report (needs a GitHub token). Default true.</summary>
    [Description("Whether a rollback also opens a GitHub issue with the incident report (needs a GitHub token).")]
    public bool IncidentIssue { get; set; } = true;

    /// <summary>The labels of the incident issue; the first one is how a re-run finds it. Default <c>incident</c>.</summary>
    [Description("The labels of the incident issue; the first one is how a re-run finds it.")]
    public List<string> IncidentLabels { get; set; } = ["incident"];
}

/// <summary>The shapes of webhook JSON.</summary>
public enum WebhookTemplate
{
    /// <summary>A flat object: event, environment, version, status, message, url, run URL, time.</summary>
    Generic,

    /// <summary>A Slack incoming-webhook message: <c>text</c> plus blocks.</summary>
    Slack,

    /// <summary>A Microsoft Teams message carrying an Adaptive Card.</summary>
    Teams,
}

/// <summary>The events a run can notify about.</summary>
public enum NotificationEvent
{
    /// <summary>A deploy to an environment started.</summary>
    DeployStarted,

    /// <summary>A deploy is served (and validated, when validation ran).</summary>
    DeploySucceeded,

    /// <summary>A deploy, or its validation, failed.</summary>
    DeployFailed,

    /// <summary>An environment was rolled back and the rollback verified.</summary>
    RolledBack,

    /// <summary>Live but not healthy: validation passed with failing rounds, or a rollback could not be verified.</summary>
    Degraded,
}
