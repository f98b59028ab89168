using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Notifications;

namespace Liftoff.Core.Tests.Notifications;

public sealed class WebhookTargetTests
{
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["SHARED_HOOK"] = "https://hooks.example/shared-secret",
        ["PROD_HOOK"] = "https://hooks.example/prod-secret",
        ["BAD_HOOK"] = "not a url but secret-ish",
    };

    [Test]
    public void Resolve_EnvironmentWithItsOwnWebhook_UsesItsUrlTemplateAndEvents()
    {
        var shared = new NotificationsOptions { Webhook = "env:SHARED_HOOK", Template = WebhookTemplate.Slack };
        var production = new EnvironmentOptions
        {
            Notifications = new EnvironmentNotificationsOptions { Webhook = "env:PROD_HOOK", Template = WebhookTemplate.Teams, Events = [NotificationEvent.RolledBack] },
        };

        var target = WebhookTarget.Resolve(shared, production, Variables.GetValueOrDefault)!;

        Assert.Multiple(() =>
        {
            Assert.That(target.SecretValue, Is.EqualTo("https://hooks.example/prod-secret"));
            Assert.That(target.Template, Is.EqualTo(WebhookTemplate.Teams));
            Assert.That(target.Events, Is.EqualTo(new[] { NotificationEvent.RolledBack }));
            Assert.That(target.ToString(), Is.EqualTo("webhook env:PROD_HOOK (teams)"));
        });
    }

    [Test]
    public void Resolve_EnvironmentWithoutItsOwn_FallsBackToTheShared()
    {
        var target = WebhookTarget.Resolve(new NotificationsOptions { Webhook = "env:SHARED_HOOK", Template = WebhookTemplate.Slack }, new EnvironmentOptions(), Variables.GetValueOrDefault)!;

        Assert.That(target.SecretValue, Does.EndWith("shared-secret"));
        Assert.That(target.Template, Is.EqualTo(WebhookTemplate.Slack));
        Assert.That(target.Events, Has.Count.EqualTo(5));
    }

    [Test]
    public void Resolve_SwitchedOffForTheEnvironmentOrNothingSet_IsNull()
    {
        var shared = new NotificationsOptions { Webhook = "env:SHARED_HOOK" };
        var quiet = new EnvironmentOptions { Notifications = new EnvironmentNotificationsOptions { Enabled = false } };

        Assert.That(WebhookTarget.Resolve(shared, quiet, Variables.GetValueOrDefault), Is.Null);
        Assert.That(WebhookTarget.Resolve(new NotificationsOptions(), null, Variables.GetValueOrDefault), Is.Null);
        Assert.That(WebhookTarget.Resolve(new NotificationsOptions { Webhook = "env:UNSET" }, null, Variables.GetValueOrDefault), Is.Null);
    }

    [Test]
    public void Resolve_VariableIsNotAUrl_NamesTheVariableButNotItsValue()
    {
        var error = Assert.Throws<LiftoffException>(() => WebhookTarget.Resolve(new NotificationsOptions { Webhook = "env:BAD_HOOK" }, null, Variables.GetValueOrDefault));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.WebhookUrlInvalid));
        Assert.That(error.Message, Does.Contain("env:BAD_HOOK").And.Not.Contain("secret-ish"));
    }
}
