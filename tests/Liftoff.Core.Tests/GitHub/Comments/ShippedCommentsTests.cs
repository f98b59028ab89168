using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.GitHub.Comments;
using Liftoff.TestSupport.Git;

namespace Liftoff.Core.Tests.GitHub.Comments;

public sealed class ShippedCommentsTests : GitHubReleasesFixture
{
    [Test]
    public async Task CommentAsync_ShippedPulls_EachGetsTheSentenceOnce()
    {
        // Given
        var repo = Server.State.Repo(Owner, Repo);
        repo.Pulls.Add(73, "fix: auth redirect", []);
        repo.Pulls.Add(77, "feat: dark mode", []);
        var sut = CreateSut();

        // When: the same release is reported twice (a re-run)
        var first = await sut.CommentAsync([73, 77], "v1.5.0", "production");
        var second = await sut.CommentAsync([73, 77], "v1.5.0", "production");

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(first.Commented, Is.EqualTo(new[] { 73, 77 }));
            Assert.That(second.Commented, Is.Empty);
            Assert.That(second.AlreadyCommented, Is.EqualTo(new[] { 73, 77 }));
            var comments = repo.Comments.ForIssue(77);
            Assert.That(comments, Has.Count.EqualTo(1));
            Assert.That(comments[0].Body, Does.StartWith("Released in v1.5.0; deployed to production."));
            Assert.That(Server.Requests.Count("POST", "/repos/*/*/issues/*/comments"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task CommentAsync_APullThatDoesNotExist_IsReportedAndTheOthersAreStillCommented()
    {
        Server.State.Repo(Owner, Repo).Pulls.Add(77, "feat: dark mode", []);

        var outcome = await CreateSut().CommentAsync([12, 77], "v1.5.0", null);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Commented, Is.EqualTo(new[] { 77 }));
            Assert.That(outcome.Failures.Single(), Does.Contain("LIFTOFF1501").And.Contain("comment on #12"));
            Assert.That(Server.State.Repo(Owner, Repo).Comments.ForIssue(77).Single().Body, Does.StartWith("Released in v1.5.0."));
        });
    }

    [Test]
    public async Task PullRequestsAsync_CommitsSinceTheLastDeploy_AreTheirPullNumbers()
    {
        using var sandbox = GitSandbox.Create();
        var history = sandbox.History().Commit("feat: first (#70)");
        var deployed = history.Head;
        history.Commit("feat(ui): dark mode (#77)").Commit("fix: auth redirect (#73)").Commit("chore: tidy").Commit("Merge pull request #80 from acme/x");

        var numbers = await ShippedComments.PullRequestsAsync(new GitCli(sandbox.Path, sandbox.Environment), deployed, "HEAD");

        Assert.That(numbers, Is.EqualTo(new[] { 73, 77, 80 }));
    }

    [TestCase("v1.5.0", "production", "Released in v1.5.0; deployed to production.")]
    [TestCase("v1.5.0", null, "Released in v1.5.0.")]
    public void Text_IsTheSentence(string tag, string? environment, string expected)
    {
        Assert.That(ShippedComments.Text(tag, environment), Is.EqualTo(expected));
    }

    private ShippedComments CreateSut()
    {
        var settings = new GitHubConnectionSettings(Server.ApiUri, Token, "GITHUB_TOKEN");
        return new ShippedComments(new OctokitGitHubComments(GitHubClientFactory.Create(settings), new GitHubRepository(Owner, Repo), FastRetries, TimeProvider.System, Log));
    }
}
