using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>The <c>notifications</c> section.</summary>
public sealed class NotificationsOptions
{
    /// <summary>Whether notices are sent at all. Default true.</summary>
    [Description("Whether notices are sent at all.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Whether a GitHub Actions run writes a job summary, annotations and step outputs. Default true.</summary>
    [Description("Whether a GitHub Actions run writes a job summary, annotations and step outputs.")]
    public bool GitHubActions { get; set; } = true;

    /// <summary>A webhook (Slack, Teams…) to post the outcome to, only as <c>env:VARIABLE</c>. Default: none.</summary>
    [Description("A webhook to post the outcome to, only as env:VARIABLE; webhook URLs carry their own credentials.")]
    [Secret]
    public string Webhook { get; set; } = "";
}
