using Liftoff.Cake.Tests.Release;

namespace Liftoff.Cake.Tests.Journal;

public sealed class PullRequestCommentTaskTests : ReleaseFixture
{
    [Test]
    public async Task Release_WithPullRequestComments_CommentsOnTheShippedPullOnce()
    {
        var repo = GitHub.State.Repo("acme", "site");
        repo.Pulls.Add(77, "feat(ui): dark mode", []);

        var result = await RunReleaseAsync("--target=Release", "--notifications.pullRequestComments=true");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var comment = repo.Comments.ForIssue(77).Single();
        Assert.Multiple(() =>
        {
            Assert.That(comment.Body, Does.Match(@"^Released in \[v1\.1\.0\]\(http://127\.0\.0\.1:\d+/acme/site/releases/tag/v1\.1\.0\)\.\n\n<!-- liftoff:shipped v1\.1\.0 -->$"));
            Assert.That(result.Output, Does.Contain("Commented \"Released in v1.1.0.\" on #77"));
            Assert.That(result.Output, Does.Match(@"Release\s+v1\.1\.0 \(minor: 1 feat, 1 fix\) · http://127\.0\.0\.1:\d+/acme/site/releases/tag/v1\.1\.0"));
            Assert.That(result.Output, Does.Contain("- feat(ui): dark mode (#77)"));
        });
    }

    [Test]
    public async Task Release_CommentsOff_CommentsNothing()
    {
        GitHub.State.Repo("acme", "site").Pulls.Add(77, "feat(ui): dark mode", []);

        var result = await RunReleaseAsync("--target=Release");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(GitHub.State.Repo("acme", "site").Comments.ForIssue(77), Is.Empty);
    }
}
