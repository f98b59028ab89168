using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class IssuesApiTests : GitHubServerFixture
{
    [Test]
    public async Task List_OpenWithLabel_IncludesPullRequestsMarkedAsSuch()
    {
        // Given
        var issues = Server.State.Repo(Owner, Repo).Issues;
        issues.Add(12, "Login broken", ["critical"]);
        issues.Add(13, "Fix login", ["critical"], isPullRequest: true);
        issues.Add(14, "Old crash", ["critical"], state: "closed");
        issues.Add(15, "Typo", ["docs"]);

        // When
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add("critical");
        var found = await Client.Issue.GetAllForRepository(Owner, Repo, request);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(found.Select(i => i.Number), Is.EqualTo(new[] { 13, 12 }));
            Assert.That(found.Single(i => i.Number == 12).PullRequest, Is.Null);
            Assert.That(found.Single(i => i.Number == 13).PullRequest, Is.Not.Null);
            Assert.That(found.Single(i => i.Number == 12).Labels.Select(l => l.Name), Is.EqualTo(new[] { "critical" }));
            Assert.That(found.Single(i => i.Number == 12).State.Value, Is.EqualTo(ItemState.Open));
        });
    }

    [Test]
    public async Task List_SeveralLabels_MeansAllOfThem()
    {
        var issues = Server.State.Repo(Owner, Repo).Issues;
        issues.Add(1, "both", ["critical", "blocker"]);
        issues.Add(2, "one", ["critical"]);

        var request = new RepositoryIssueRequest();
        request.Labels.Add("critical");
        request.Labels.Add("blocker");
        var found = await Client.Issue.GetAllForRepository(Owner, Repo, request);

        Assert.That(found.Select(i => i.Number), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task List_StateAll_IncludesClosed()
    {
        var issues = Server.State.Repo(Owner, Repo).Issues;
        issues.Add(1, "open");
        issues.Add(2, "closed", state: "closed");

        var found = await Client.Issue.GetAllForRepository(Owner, Repo, new RepositoryIssueRequest { State = ItemStateFilter.All });

        Assert.That(found.Select(i => i.Number), Is.EqualTo(new[] { 2, 1 }));
    }
}
