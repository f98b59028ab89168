using Liftoff.TestSupport.GitHub.State;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class PullsAndReviewsApiTests : GitHubServerFixture
{
    private static readonly string Feature = GitSha.Of("feature");
    private static readonly string Merge = GitSha.Of("merge");

    [Test]
    public async Task CommitPulls_ForACommitOrMergeCommit_ListsThePullWithMergedAt()
    {
        // Given
        Server.State.Repo(Owner, Repo).Pulls.Add(77, "feat: dark mode", [Feature], merged: true, mergeCommitSha: Merge);
        Server.State.Repo(Owner, Repo).Pulls.Add(78, "wip", [GitSha.Of("other")], merged: false);

        // When
        var byCommit = await Client.Repository.Commit.PullRequests(Owner, Repo, Feature);
        var byMerge = await Client.Repository.Commit.PullRequests(Owner, Repo, Merge);
        var none = await Client.Repository.Commit.PullRequests(Owner, Repo, GitSha.Of("direct"));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(byCommit.Select(p => p.Number), Is.EqualTo(new[] { 77 }));
            Assert.That(byCommit[0].MergedAt, Is.Not.Null);
            Assert.That(byCommit[0].State.StringValue, Is.EqualTo("closed"));
            Assert.That(byCommit[0].Head.Sha, Is.EqualTo(Feature));
            Assert.That(byMerge.Select(p => p.Number), Is.EqualTo(new[] { 77 }));
            Assert.That(none, Is.Empty);
        });
    }

    [Test]
    public async Task GetPull_UnmergedPull_IsOpenWithoutMergedAt()
    {
        Server.State.Repo(Owner, Repo).Pulls.Add(5, "wip", [Feature], merged: false);

        var pull = await Client.PullRequest.Get(Owner, Repo, 5);

        Assert.Multiple(() =>
        {
            Assert.That(pull.Title, Is.EqualTo("wip"));
            Assert.That(pull.MergedAt, Is.Null);
            Assert.That(pull.State.Value, Is.EqualTo(ItemState.Open));
        });
    }

    [Test]
    public void GetPull_Unknown_ThrowsNotFound()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Client.PullRequest.Get(Owner, Repo, 404));
    }

    [Test]
    public async Task Reviews_InOrder_ParseIntoOctokitStates()
    {
        // Given
        var pulls = Server.State.Repo(Owner, Repo).Pulls;
        pulls.Add(77, "feat", [Feature]);
        pulls.AddReview(77, "alice", "APPROVED");
        pulls.AddReview(77, "bob", "COMMENTED");
        pulls.AddReview(77, "alice", "CHANGES_REQUESTED");

        // When
        var reviews = await Client.PullRequest.Review.GetAll(Owner, Repo, 77);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(reviews.Select(r => r.User.Login), Is.EqualTo(new[] { "alice", "bob", "alice" }));
            Assert.That(reviews.Select(r => r.State.Value), Is.EqualTo(new[]
            {
                PullRequestReviewState.Approved, PullRequestReviewState.Commented, PullRequestReviewState.ChangesRequested,
            }));
            Assert.That(reviews[2].SubmittedAt, Is.GreaterThan(reviews[0].SubmittedAt));
            Assert.That(reviews[0].User.Id, Is.EqualTo(reviews[2].User.Id));
        });
    }

    [Test]
    public async Task Reviews_ManyPages_OctokitCollectsThemAll()
    {
        var pulls = Server.State.Repo(Owner, Repo).Pulls;
        pulls.Add(1, "big", [Feature]);
        for (var i = 0; i < 45; i++)
        {
            pulls.AddReview(1, "reviewer" + i, "COMMENTED");
        }

        var reviews = await Client.PullRequest.Review.GetAll(Owner, Repo, 1, new ApiOptions { PageSize = 20 });

        Assert.That(reviews, Has.Count.EqualTo(45));
    }
}
