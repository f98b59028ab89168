using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>An environment's own notification settings, over the <c>notifications</c> section.</summary>
public sealed class EnvironmentNotificationsOptions
{
    /// <summary>Whether this environment's events are posted to a webhook at all. Default true.</summary>
    [Description("Whether this environment's events are posted to a webhook.")]
    public bool Enabled { get; set; } = true;

    /// <summary>This environment's own webhook, only as <c>env:VARIABLE</c>. Default: none, so notifications.webhook.</summary>
    [Description("This environment's own webhook, only as env:VARIABLE (default: notifications.webhook).")]
    [Secret]
    public string Webhook { get; set; } = "";

    /// <summary>The JSON shape for this environment's own webhook. Default <see cref="WebhookTemplate.Generic"/>.</summary>
    [Description("The JSON shape for this environment's own webhook (the shared webhook keeps notifications.template).")]
    public WebhookTemplate Template { get; set; } = WebhookTemplate.Generic;

    /// <summary>The events posted for this environment. Default: none listed, so notifications.events.</summary>
    [Description("The events posted for this environment (default: notifications.events).")]
    public List<NotificationEvent> Events { get; set; } = [];
}
