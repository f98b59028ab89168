namespace Liftoff.Cake.Tests.Journal;

public sealed class GitHubDeploymentTaskTests : JournalFixture
{
    [Test]
    public async Task DeployAndValidateTest_WithAToken_MirrorsOneDeploymentFromInProgressToSuccess()
    {
        var manifest = await ArtifactAsync("1.0.0");

        var result = await RunWiredAsync("--target=Deploy-Test", "--target=Validate-Test", $"--artifact={manifest}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var deployment = Repo.Deployments.All().Single();
        Assert.Multiple(() =>
        {
            Assert.That(deployment.Environment, Is.EqualTo("test"));
            Assert.That(deployment.Ref, Is.EqualTo(Sandbox.Git("rev-parse", "HEAD").Trim()));
            Assert.That(deployment.ProductionEnvironment, Is.False);
            Assert.That(deployment.AutoMerge, Is.False);
            Assert.That(deployment.PayloadJson, Does.Contain("\"version\":\"1.0.0\"").And.Match("\"artifactSha256\":\"[0-9a-f]{64}\"").And.Contain("\"runId\":\"local-"));
            Assert.That(Repo.Deployments.Statuses(deployment.Id).Select(s => s.State), Is.EqualTo(new[] { "success", "in_progress" }));
            Assert.That(Repo.Deployments.Statuses(deployment.Id)[0].Description, Does.StartWith("1.0.0 served and validated"));
        });
    }

    [Test]
    public async Task DeployTest_NoToken_MirrorsNothingAndSucceeds()
    {
        SetVariable(TokenVariable, null);

        var result = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Repo.Deployments.All(), Is.Empty);
        Assert.That(GitHub.Requests.All, Is.Empty);
    }
}
