using System.Reflection;
using Liftoff.Configuration;
using Liftoff.Diagnostics;

namespace Liftoff.Notifications;

/// <summary>
/// Where an environment's notices go: the webhook URL (a secret: it carries its own credentials), the JSON shape and
/// the events. <see cref="ToString"/> never shows the URL.
/// </summary>
public sealed class WebhookTarget
{
    private WebhookTarget(Uri url, string source, WebhookTemplate template, IReadOnlyList<NotificationEvent> events)
    {
        Url = url;
        Source = source;
        Template = template;
        Events = events;
    }

    /// <summary>The webhook's URL. Internal so it cannot leak through a public surface.</summary>
    internal Uri Url { get; }

    /// <summary>Where the URL came from, e.g. <c>env:SLACK_WEBHOOK</c>: what the log may show.</summary>
    public string Source { get; }

    /// <summary>The JSON shape.</summary>
    public WebhookTemplate Template { get; }

    /// <summary>The events posted.</summary>
    public IReadOnlyList<NotificationEvent> Events { get; }

    /// <summary>The secret value itself, for masking it in CI logs; never print it.</summary>
    public string SecretValue => Url.OriginalString;

    /// <summary>
    /// The webhook for <paramref name="environment"/>: its own (environments.X.notifications.webhook) or the shared
    /// one, or null when notices are off or no webhook is set.
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1511</c> when the variable does not hold an absolute http(s) URL.</exception>
    public static WebhookTarget? Resolve(NotificationsOptions shared, EnvironmentOptions? environment, Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(variables);
        if (!shared.Enabled || environment is { Notifications.Enabled: false })
        {
            return null;
        }

        var own = environment?.Notifications is { Webhook.Length: > 0 } local ? local : null;
        var reference = own?.Webhook ?? shared.Webhook;
        var secret = typeof(NotificationsOptions).GetProperty(nameof(NotificationsOptions.Webhook))!.GetCustomAttribute<SecretAttribute>()!;
        if (Secrets.Resolve(reference, secret, variables) is not { Length: > 0 } value)
        {
            return null;
        }

        var source = reference.StartsWith(Secrets.EnvironmentPrefix, StringComparison.Ordinal) ? reference : Secrets.Redacted;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            throw new LiftoffException(DiagnosticCodes.WebhookUrlInvalid, ExitCodes.BadInput,
                $"the webhook from {source} is not an absolute http or https URL; expected for example https://hooks.slack.com/services/...");
        }

        var events = environment?.Notifications.Events is { Count: > 0 } listed ? listed : shared.Events;
        return new WebhookTarget(url, source, own?.Template ?? shared.Template, [.. events]);
    }

    /// <summary>e.g. <c>webhook env:SLACK_WEBHOOK (slack)</c>.</summary>
    public override string ToString() => $"webhook {Source} ({Template.ToString().ToLowerInvariant()})";
}
