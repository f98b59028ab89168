using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class DeploymentsApiTests : GitHubServerFixture
{
    private static readonly string Sha = GitSha.Of("main-1");

    [Test]
    public async Task Create_WithPayloadAndFlags_ReturnsThemAsOctokitReadsThem()
    {
        // Given
        var request = new NewDeployment(Sha)
        {
            Environment = "staging",
            AutoMerge = false,
            TransientEnvironment = true,
            ProductionEnvironment = false,
            Payload = new Dictionary<string, string> { ["version"] = "1.5.0" },
        };

        // When
        var created = await Client.Repository.Deployment.Create(Owner, Repo, request);

        // Then
        var stored = Server.State.Repo(Owner, Repo).Deployments.All().Single();
        Assert.Multiple(() =>
        {
            Assert.That(created.Id, Is.EqualTo(stored.Id));
            Assert.That(created.Sha, Is.EqualTo(Sha));
            Assert.That(created.Ref, Is.EqualTo(Sha));
            Assert.That(created.Task, Is.EqualTo("deploy"));
            Assert.That(created.Environment, Is.EqualTo("staging"));
            Assert.That(created.TransientEnvironment, Is.True);
            Assert.That(created.ProductionEnvironment, Is.False);
            Assert.That(created.Payload["version"], Is.EqualTo("1.5.0"));
            Assert.That(stored.AutoMerge, Is.False);
        });
    }

    [Test]
    public async Task Create_NoEnvironment_DefaultsToProductionAndAProductionEnvironment()
    {
        var created = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [] });

        Assert.Multiple(() =>
        {
            Assert.That(created.Environment, Is.EqualTo("production"));
            Assert.That(created.ProductionEnvironment, Is.True);
            Assert.That(Server.State.Repo(Owner, Repo).Deployments.All().Single().AutoMerge, Is.True);
        });
    }

    [Test]
    public void Create_FailingStatusAndNoRequiredContexts_Is409()
    {
        Server.State.Repo(Owner, Repo).Statuses.AddStatus(Sha, "ci/build", "failure");

        var error = Assert.ThrowsAsync<ApiException>(() => Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha)));

        Assert.That((int)error!.StatusCode, Is.EqualTo(409));
        Assert.That(Server.State.Repo(Owner, Repo).Deployments.All(), Is.Empty);
    }

    [Test]
    public async Task Create_FailingStatusButEmptyRequiredContexts_SkipsTheCheck()
    {
        Server.State.Repo(Owner, Repo).Statuses.AddStatus(Sha, "ci/build", "failure");

        var created = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [] });

        Assert.That(Server.State.Repo(Owner, Repo).Deployments.Get(created.Id)!.RequiredContexts, Is.Empty);
    }

    [Test]
    public void Create_UnknownRef_Is422()
    {
        var error = Assert.ThrowsAsync<ApiValidationException>(
            () => Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment("no-such-branch") { RequiredContexts = [] }));

        Assert.That(error!.Message, Does.Contain("No ref found for: no-such-branch"));
    }

    [Test]
    public async Task Statuses_InProgressThenSuccess_AreListedNewestFirstWithTheirUrls()
    {
        // Given
        var deployment = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [] });

        // When
        await Client.Repository.Deployment.Status.Create(Owner, Repo, deployment.Id, new NewDeploymentStatus(DeploymentState.InProgress) { LogUrl = "https://ci.example/runs/7" });
        await Client.Repository.Deployment.Status.Create(Owner, Repo, deployment.Id, new NewDeploymentStatus(DeploymentState.Success) { EnvironmentUrl = "https://site.example/" });
        var statuses = await Client.Repository.Deployment.Status.GetAll(Owner, Repo, deployment.Id);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => s.State.Value), Is.EqualTo(new[] { DeploymentState.Success, DeploymentState.InProgress }));
            Assert.That(statuses[0].EnvironmentUrl, Is.EqualTo("https://site.example/"));
            Assert.That(statuses[1].LogUrl, Is.EqualTo("https://ci.example/runs/7"));
            Assert.That(statuses[1].TargetUrl, Is.EqualTo("https://ci.example/runs/7"));
        });
    }

    [Test]
    public async Task StatusSuccess_MarksEarlierNonProductionDeploymentsOfTheEnvironmentInactive()
    {
        // Given: two staging deployments and one production deployment, each succeeded
        var store = Server.State.Repo(Owner, Repo).Deployments;
        var firstStaging = await CreateAndSucceedAsync("staging");
        var production = await CreateAndSucceedAsync("production");

        // When
        var secondStaging = await CreateAndSucceedAsync("staging");

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(store.LatestState(firstStaging), Is.EqualTo("inactive"));
            Assert.That(store.LatestState(secondStaging), Is.EqualTo("success"));
            Assert.That(store.LatestState(production), Is.EqualTo("success"), "production deployments are not auto-inactivated");
        });
    }

    [Test]
    public async Task List_IsNewestFirst()
    {
        var first = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [], Environment = "test" });
        var second = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [], Environment = "production" });

        var all = await Client.Repository.Deployment.GetAll(Owner, Repo);

        Assert.That(all.Select(d => d.Id), Is.EqualTo(new[] { second.Id, first.Id }));
    }

    private async Task<long> CreateAndSucceedAsync(string environment)
    {
        var deployment = await Client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(Sha) { RequiredContexts = [], Environment = environment });
        await Client.Repository.Deployment.Status.Create(Owner, Repo, deployment.Id, new NewDeploymentStatus(DeploymentState.Success));
        return deployment.Id;
    }
}
