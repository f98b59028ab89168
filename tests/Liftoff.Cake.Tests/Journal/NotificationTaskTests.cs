using System.Text.Json;
using Liftoff.TestSupport.Network;

namespace Liftoff.Cake.Tests.Journal;

public sealed class NotificationTaskTests : JournalFixture
{
    [Test]
    public async Task DeployTest_ReceiverUp_PostsStartedThenSucceeded()
    {
        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var posts = Hooks.Received.Select(post => JsonDocument.Parse(post.Body).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => p.GetProperty("event").GetString()), Is.EqualTo(new[] { "deploy.started", "deploy.succeeded" }));
            Assert.That(posts[1].GetProperty("environment").GetString(), Is.EqualTo("test"));
            Assert.That(posts[1].GetProperty("message").GetString(), Is.EqualTo("v1.0.0 live in test"));
            Assert.That(Hooks.Received[0].Path, Is.EqualTo("/hooks/T0%2FB0%2Fjournal-secret"));
        });
    }

    [Test]
    public async Task DeployTest_ReceiverDown_TheDeploySucceedsAndAWarningIsShown()
    {
        SetVariable(HookVariable, $"http://127.0.0.1:{FreePort.Next()}/hooks/down-secret");

        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}", "--notifications.retries=1");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(File.ReadAllText(Path.Combine(Root("test"), "current", "index.html")), Does.Contain("site 1.0.0"));
            Assert.That(result.Output, Does.Contain($"LIFTOFF1510: the deploy.started notice for test was not delivered to the webhook env:{HookVariable} (generic): network error"));
            Assert.That(result.Output, Does.Contain("after 2 attempts (1 retries allowed). The run goes on."));
            Assert.That(result.Output, Does.Match(@"Warnings\s+2 notices not delivered"));
            Assert.That(result.Output, Does.Not.Contain("down-secret"));
            Assert.That(result.LastLine, Does.StartWith("Liftoff: site-1.0.0 live in test"));
        });
    }

    [Test]
    public async Task DeployTest_EnvironmentWithItsOwnSlackWebhookAndEvents_PostsOnlyThoseInSlacksShape()
    {
        SetVariable("LIFTOFF_TEST_TEST_HOOK", Hooks.SecretUrl("test-env-secret").AbsoluteUri);

        var result = await RunWiredAsync(
            "--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}",
            "--environments.test.notifications.webhook=env:LIFTOFF_TEST_TEST_HOOK", "--environments.test.notifications.template=slack",
            "--environments.test.notifications.events:0=deploySucceeded");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var post = Hooks.Received.Single();
        Assert.That(post.Path, Is.EqualTo("/hooks/test-env-secret"));
        Assert.That(JsonDocument.Parse(post.Body).RootElement.GetProperty("text").GetString(), Is.EqualTo("✅ v1.0.0 live in test"));
    }
}
