using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class StatusesAndChecksApiTests : GitHubServerFixture
{
    private static readonly string Head = GitSha.Of("head");

    [Test]
    public async Task Combined_LatestStatusPerContext_DecidesTheState()
    {
        // Given
        var statuses = Server.State.Repo(Owner, Repo).Statuses;
        statuses.AddStatus(Head, "ci/build", "pending");
        statuses.AddStatus(Head, "ci/build", "success");
        statuses.AddStatus(Head, "ci/lint", "failure", "2 problems");

        // When
        var combined = await Client.Repository.Status.GetCombined(Owner, Repo, Head);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(combined.State.Value, Is.EqualTo(CommitState.Failure));
            Assert.That(combined.TotalCount, Is.EqualTo(2));
            Assert.That(combined.Sha, Is.EqualTo(Head));
            Assert.That(combined.Statuses.ToDictionary(s => s.Context, s => s.State.Value), Is.EquivalentTo(new Dictionary<string, CommitState>
            {
                ["ci/build"] = CommitState.Success,
                ["ci/lint"] = CommitState.Failure,
            }));
        });
    }

    [Test]
    public async Task Combined_NoStatuses_IsPending()
    {
        var combined = await Client.Repository.Status.GetCombined(Owner, Repo, Head);

        Assert.Multiple(() =>
        {
            Assert.That(combined.State.Value, Is.EqualTo(CommitState.Pending));
            Assert.That(combined.Statuses, Is.Empty);
        });
    }

    [Test]
    public async Task Combined_ByBranchName_ResolvesThroughTheRefs()
    {
        Server.State.Repo(Owner, Repo).Refs.Set("refs/heads/main", Head);
        Server.State.Repo(Owner, Repo).Statuses.AddStatus(Head, "ci", "success");

        var combined = await Client.Repository.Status.GetCombined(Owner, Repo, "main");

        Assert.That(combined.State.Value, Is.EqualTo(CommitState.Success));
    }

    [Test]
    public async Task CheckRuns_LatestPerName_WithStatusAndConclusion()
    {
        // Given
        var statuses = Server.State.Repo(Owner, Repo).Statuses;
        statuses.AddCheckRun(Head, "build", conclusion: "failure");
        statuses.AddCheckRun(Head, "build", conclusion: "success");
        statuses.AddCheckRun(Head, "e2e", status: "in_progress");
        statuses.AddCheckRun(GitSha.Of("elsewhere"), "build", conclusion: "failure");

        // When
        var runs = await Client.Check.Run.GetAllForReference(Owner, Repo, Head);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(runs.TotalCount, Is.EqualTo(2));
            var build = runs.CheckRuns.Single(r => r.Name == "build");
            Assert.That(build.Status.Value, Is.EqualTo(CheckStatus.Completed));
            Assert.That(build.Conclusion!.Value.Value, Is.EqualTo(CheckConclusion.Success));
            var e2e = runs.CheckRuns.Single(r => r.Name == "e2e");
            Assert.That(e2e.Status.Value, Is.EqualTo(CheckStatus.InProgress));
            Assert.That(e2e.Conclusion, Is.Null);
        });
    }

    [Test]
    public async Task CheckRuns_FilterAll_ListsEveryRun()
    {
        var statuses = Server.State.Repo(Owner, Repo).Statuses;
        statuses.AddCheckRun(Head, "build", conclusion: "failure");
        statuses.AddCheckRun(Head, "build", conclusion: "success");

        var runs = await Client.Check.Run.GetAllForReference(Owner, Repo, Head, new CheckRunRequest { Filter = CheckRunCompletedAtFilter.All });

        Assert.That(runs.CheckRuns, Has.Count.EqualTo(2));
    }
}
