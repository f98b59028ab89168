using Liftoff.Configuration;
using Liftoff.Core.Tests.Configuration;

namespace Liftoff.Core.Tests.Notifications;

public sealed class NotificationsConfigurationTests
{
    [Test]
    public void Load_LiteralWebhookForOneEnvironment_IsRefusedWithoutShowingIt()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            { "environments": { "production": { "notifications": { "webhook": "https://hooks.slack.com/services/T0/B0/SECRETPART" } } } }
            """);

        var problems = fixture.Problems();

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("LIFTOFF0210").And.Contain("environments.production.notifications.webhook = ***"));
        Assert.That(problems[0], Does.Not.Contain("SECRETPART"));
    }

    [Test]
    public void Load_TemplateAndEventsPerEnvironment_AreBound()
    {
        using var fixture = new ConfigurationFixture().WithFile("""
            {
              "notifications": { "webhook": "env:TEAM_HOOK", "template": "slack", "events": ["deployFailed", "rolledBack"] },
              "environments": { "production": { "notifications": { "webhook": "env:PROD_HOOK", "template": "teams" } } }
            }
            """);

        var options = fixture.Load().Options;

        Assert.Multiple(() =>
        {
            Assert.That(options.Notifications.Template, Is.EqualTo(WebhookTemplate.Slack));
            Assert.That(options.Notifications.Events, Is.EqualTo(new[] { NotificationEvent.DeployFailed, NotificationEvent.RolledBack }));
            Assert.That(options.Environments["production"].Notifications.Template, Is.EqualTo(WebhookTemplate.Teams));
            Assert.That(options.Environments["production"].Notifications.Webhook, Is.EqualTo("env:PROD_HOOK"));
        });
    }
}
