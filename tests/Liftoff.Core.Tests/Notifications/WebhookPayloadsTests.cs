using System.Text.Json;
using Liftoff.Configuration;
using Liftoff.Notifications;

namespace Liftoff.Core.Tests.Notifications;

public sealed class WebhookPayloadsTests
{
    [Test]
    public void Render_Generic_IsAFlatObjectWithEveryField()
    {
        using var json = JsonDocument.Parse(WebhookPayloads.Render(Sample.Succeeded(), WebhookTemplate.Generic));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("source").GetString(), Is.EqualTo("liftoff"));
            Assert.That(root.GetProperty("event").GetString(), Is.EqualTo("deploy.succeeded"));
            Assert.That(root.GetProperty("environment").GetString(), Is.EqualTo("production"));
            Assert.That(root.GetProperty("previousVersion").GetString(), Is.EqualTo("1.4.5"));
            Assert.That(root.GetProperty("url").GetString(), Is.EqualTo("https://site.example/"));
            Assert.That(root.GetProperty("timestamp").GetString(), Is.EqualTo("2025-11-24T19:30:00Z"));
            Assert.That(root.GetProperty("details")[0].GetString(), Does.Contain("p95 180 ms"));
        });
    }

    [Test]
    public void Render_Slack_HasTextAndBlocks()
    {
        using var json = JsonDocument.Parse(WebhookPayloads.Render(Sample.Succeeded() with { Message = "a <b> & c" }, WebhookTemplate.Slack));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("text").GetString(), Is.EqualTo("✅ a <b> & c"));
            var section = root.GetProperty("blocks")[0];
            Assert.That(section.GetProperty("type").GetString(), Is.EqualTo("section"));
            Assert.That(section.GetProperty("text").GetProperty("text").GetString(), Does.StartWith("*✅ a &lt;b&gt; &amp; c*"));
            Assert.That(root.GetProperty("blocks")[1].GetProperty("elements")[0].GetProperty("text").GetString(), Does.Contain("<https://site.example/|site.example>"));
        });
    }

    [Test]
    public void Render_Teams_IsAMessageCarryingAnAdaptiveCard()
    {
        using var json = JsonDocument.Parse(WebhookPayloads.Render(Sample.Succeeded(), WebhookTemplate.Teams));
        var attachment = json.RootElement.GetProperty("attachments")[0];
        var card = attachment.GetProperty("content");

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("type").GetString(), Is.EqualTo("message"));
            Assert.That(attachment.GetProperty("contentType").GetString(), Is.EqualTo("application/vnd.microsoft.card.adaptive"));
            Assert.That(card.GetProperty("type").GetString(), Is.EqualTo("AdaptiveCard"));
            Assert.That(card.GetProperty("body")[0].GetProperty("text").GetString(), Is.EqualTo("✅ v1.5.0 live in production"));
            Assert.That(card.GetProperty("actions")[0].GetProperty("url").GetString(), Is.EqualTo("https://site.example/"));
        });
    }
}
