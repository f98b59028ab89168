using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Liftoff.Configuration;

namespace Liftoff.Notifications;

/// <summary>
/// The JSON posted for a <see cref="Notice"/>: a flat generic object, a Slack incoming-webhook message (<c>text</c>
/// plus Block Kit blocks) or a Microsoft Teams message carrying an Adaptive Card.
/// </summary>
public static class WebhookPayloads
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>The body for <paramref name="template"/>.</summary>
    public static string Render(Notice notice, WebhookTemplate template)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var json = template switch
        {
            WebhookTemplate.Slack => Slack(notice),
            WebhookTemplate.Teams => Teams(notice),
            _ => Generic(notice),
        };
        return json.ToJsonString(Compact);
    }

    private static JsonObject Generic(Notice notice) => new()
    {
        ["source"] = "liftoff",
        ["event"] = notice.EventName,
        ["environment"] = notice.Environment,
        ["version"] = notice.Version,
        ["previousVersion"] = notice.PreviousVersion,
        ["message"] = notice.Message,
        ["details"] = new JsonArray([.. notice.Details.Select(detail => (JsonNode?)detail)]),
        ["url"] = notice.EnvironmentUrl?.AbsoluteUri,
        ["runUrl"] = notice.RunUrl?.AbsoluteUri,
        ["repository"] = notice.Repository,
        ["timestamp"] = Timestamp(notice.At),
    };

    private static JsonObject Slack(Notice notice)
    {
        var headline = $"{notice.Symbol} {notice.Message}";
        var lines = new List<string> { $"*{Mrkdwn(headline)}*" };
        lines.AddRange(notice.Details.Select(Mrkdwn));
        var context = new List<string> { $"{notice.EventName} · {notice.Environment} · {Timestamp(notice.At)}" };
        if (notice.EnvironmentUrl is { } url)
        {
            context.Add($"<{url.AbsoluteUri}|{Mrkdwn(url.Host)}>");
        }

        if (notice.RunUrl is { } run)
        {
            context.Add($"<{run.AbsoluteUri}|run>");
        }

        return new JsonObject
        {
            // Slack shows text in notifications and where blocks cannot be shown.
            ["text"] = headline,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = string.Join("\n", lines) } },
                new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = string.Join(" · ", context) }) }),
        };
    }

    private static JsonObject Teams(Notice notice)
    {
        var facts = new JsonArray(
            Fact("Environment", notice.Environment),
            Fact("Version", notice.Version),
            Fact("Event", notice.EventName),
            Fact("Time", Timestamp(notice.At)));
        if (notice.PreviousVersion is { } previous)
        {
            facts.Add(Fact("Previous version", previous));
        }

        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"{notice.Symbol} {notice.Message}", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        foreach (var detail in notice.Details)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = detail, ["wrap"] = true });
        }

        var actions = new JsonArray();
        if (notice.EnvironmentUrl is { } url)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open " + notice.Environment, ["url"] = url.AbsoluteUri });
        }

        if (notice.RunUrl is { } run)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open the run", ["url"] = run.AbsoluteUri });
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = new JsonObject
                {
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["type"] = "AdaptiveCard",
                    ["version"] = "1.4",
                    ["body"] = body,
                    ["actions"] = actions,
                },
            }),
        };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Slack's mrkdwn treats &, < and > as control characters.
    private static string Mrkdwn(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
