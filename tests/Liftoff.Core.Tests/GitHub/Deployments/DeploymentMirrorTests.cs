using Liftoff.GitHub;
using Liftoff.GitHub.Deployments;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.Core.Tests.GitHub.Deployments;

/// <summary>The Deployments API sequence Liftoff sends, against the local GitHub server through the real Octokit client.</summary>
public sealed class DeploymentMirrorTests : GitHubReleasesFixture
{
    private static readonly string GoodCommit = GitSha.Of("good");
    private static readonly string BadCommit = GitSha.Of("bad");
    private static readonly Uri Site = new("https://site.example/");
    private static readonly Uri RunPage = new("https://github.example/acme/site/actions/runs/42");

    private DeploymentStore Store => Server.State.Repo(Owner, Repo).Deployments;

    [Test]
    public async Task StartedThenSucceeded_CreatesOneDeploymentMovingFromInProgressToSuccess()
    {
        // Given
        var mirror = CreateMirror();

        // When
        await mirror.StartedAsync(Request("2.0.0", BadCommit), Site);
        await mirror.SucceededAsync("production", "2.0.0 served and validated", Site);

        // Then
        var deployment = Store.All().Single();
        Assert.Multiple(() =>
        {
            Assert.That(Writes(), Is.EqualTo(new[]
            {
                "POST /repos/acme/site/deployments",
                $"POST /repos/acme/site/deployments/{deployment.Id}/statuses",
                $"POST /repos/acme/site/deployments/{deployment.Id}/statuses",
            }));
            Assert.That(States(deployment.Id), Is.EqualTo(new[] { "success", "in_progress" }));
            Assert.That(deployment.Ref, Is.EqualTo(BadCommit));
            Assert.That(deployment.Environment, Is.EqualTo("production"));
            Assert.That(deployment.ProductionEnvironment, Is.True);
            Assert.That(deployment.TransientEnvironment, Is.False);
            Assert.That(deployment.AutoMerge, Is.False);
            Assert.That(deployment.RequiredContexts, Is.Empty);
            Assert.That(deployment.PayloadJson, Does.Contain("\"version\":\"2.0.0\"").And.Contain("\"artifactSha256\":\"" + new string('b', 64) + "\"").And.Contain("\"runId\":\"42\""));
            var success = Store.Statuses(deployment.Id)[0];
            Assert.That(success.EnvironmentUrl, Is.EqualTo(Site.AbsoluteUri));
            Assert.That(success.LogUrl, Is.EqualTo(RunPage.AbsoluteUri));
            Assert.That(mirror.Pending, Is.Empty);
        });
    }

    [Test]
    public async Task FailedThenRolledBack_MarksTheBadDeploymentInactiveAndRecordsTheRestoredVersion()
    {
        // Given
        var mirror = CreateMirror();
        await mirror.StartedAsync(Request("2.0.0", BadCommit), Site);

        // When
        await mirror.FailedAsync("production", "validation failed: GET /health 500");
        await mirror.RolledBackAsync(Request("1.0.0", GoodCommit), "2.0.0", Site);

        // Then
        var bad = Store.All().Single(d => d.Ref == BadCommit);
        var restored = Store.All().Single(d => d.Ref == GoodCommit);
        Assert.Multiple(() =>
        {
            Assert.That(States(bad.Id), Is.EqualTo(new[] { "inactive", "failure", "in_progress" }));
            Assert.That(States(restored.Id), Is.EqualTo(new[] { "success", "in_progress" }));
            Assert.That(restored.Task, Is.EqualTo("deploy:rollback"));
            Assert.That(restored.PayloadJson, Does.Contain("\"version\":\"1.0.0\""));
            Assert.That(Store.Statuses(bad.Id)[1].Description, Is.EqualTo("validation failed: GET /health 500"));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/deployments"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RolledBackInALaterRun_FindsTheReplacedVersionsDeploymentOnGitHub()
    {
        // Given: an earlier run deployed 1.0.0 and then 2.0.0, both successfully
        var earlier = CreateMirror(runId: "41");
        await earlier.StartedAsync(Request("1.0.0", GoodCommit, runId: "41"), Site);
        await earlier.SucceededAsync("production", "served", Site);
        await earlier.StartedAsync(Request("2.0.0", BadCommit, runId: "41"), Site);
        await earlier.SucceededAsync("production", "served", Site);
        var bad = Store.All().Single(d => d.Ref == BadCommit);

        // When: a later run rolls back by hand
        await CreateMirror().RolledBackAsync(Request("1.0.0", GoodCommit), "2.0.0", Site);

        // Then
        Assert.That(States(bad.Id), Is.EqualTo(new[] { "inactive", "success", "in_progress" }));
        Assert.That(Store.All().Count(d => d.Task == "deploy:rollback"), Is.EqualTo(1));
    }

    [Test]
    public async Task StartedTwiceWithTheSameRun_ReusesTheDeployment()
    {
        await CreateMirror().StartedAsync(Request("2.0.0", BadCommit), Site);

        var again = await CreateMirror().StartedAsync(Request("2.0.0", BadCommit), Site);

        Assert.Multiple(() =>
        {
            Assert.That(again.Created, Is.False);
            Assert.That(Store.All(), Has.Count.EqualTo(1));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/deployments"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Started_CreateAnswers502Once_RetriesTheLookUpAndCreatesExactlyOne()
    {
        var fault = Server.Faults.Add(new Fault { Method = "POST", PathPattern = "/repos/*/*/deployments", Status = 502 });

        var deployment = await CreateMirror().StartedAsync(Request("2.0.0", BadCommit), Site);

        Assert.Multiple(() =>
        {
            Assert.That(fault.FiredCount, Is.EqualTo(1));
            Assert.That(deployment.Created, Is.True);
            Assert.That(Store.All(), Has.Count.EqualTo(1));
            Assert.That(Server.Requests.Count("GET", "/repos/*/*/deployments"), Is.EqualTo(2), "the retry looks up again before creating");
        });
    }

    [Test]
    public void Started_TokenRejected_FailsWithANoticeCodeAndNoToken()
    {
        Server.Auth.AcceptedToken = "the-right-token";

        var error = Assert.ThrowsAsync<Liftoff.Diagnostics.LiftoffException>(() => CreateMirror(token: "ghp_LIFTOFFSECRETwrong").StartedAsync(Request("2.0.0", BadCommit), Site));

        Assert.That(error!.Code, Is.EqualTo("LIFTOFF1501"));
        Assert.That(error.ToString(), Does.Not.Contain("ghp_LIFTOFFSECRETwrong"));
    }

    private DeploymentMirror CreateMirror(string runId = "42", string token = Token)
    {
        var settings = new GitHubConnectionSettings(Server.ApiUri, token, "GITHUB_TOKEN");
        var deployments = new OctokitGitHubDeployments(GitHubClientFactory.Create(settings), new GitHubRepository(Owner, Repo), FastRetries, TimeProvider.System, Log);
        return new DeploymentMirror(deployments, CiRunLink.FromEnvironment(name => name switch
        {
            "GITHUB_SERVER_URL" => "https://github.example",
            "GITHUB_REPOSITORY" => "acme/site",
            "GITHUB_RUN_ID" => runId,
            _ => null,
        }));
    }

    private static GitHubDeploymentRequest Request(string version, string commit, string runId = "42") => new()
    {
        Ref = commit,
        Environment = "production",
        Version = version,
        ArtifactSha256 = new string(version == "2.0.0" ? 'b' : 'a', 64),
        RunId = runId,
        ProductionEnvironment = true,
    };

    private string[] States(long deploymentId) => [.. Store.Statuses(deploymentId).Select(s => s.State)];

    private string[] Writes() => [.. Server.Requests.All.Where(r => r.Method == "POST").Select(r => $"{r.Method} {r.Path}")];
}
