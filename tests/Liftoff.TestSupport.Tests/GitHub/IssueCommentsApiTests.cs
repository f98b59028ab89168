using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class IssueCommentsApiTests : GitHubServerFixture
{
    [Test]
    public async Task CreateIssue_TakesTheNextNumberAfterIssuesAndPulls_AndKeepsBodyAndLabels()
    {
        // Given
        var repo = Server.State.Repo(Owner, Repo);
        repo.Issues.Add(3, "old");
        repo.Pulls.Add(7, "feat: x", []);
        var request = new NewIssue("Incident: production rolled back") { Body = "timeline" };
        request.Labels.Add("incident");

        // When
        var created = await Client.Issue.Create(Owner, Repo, request);
        var read = await Client.Issue.Get(Owner, Repo, created.Number);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(created.Number, Is.EqualTo(8));
            Assert.That(read.Body, Is.EqualTo("timeline"));
            Assert.That(read.Labels.Select(l => l.Name), Is.EqualTo(new[] { "incident" }));
        });
    }

    [Test]
    public async Task CommentOnAPullRequest_IsListedOnItsConversation()
    {
        Server.State.Repo(Owner, Repo).Pulls.Add(77, "feat: dark mode", []);

        await Client.Issue.Comment.Create(Owner, Repo, 77, "first");
        await Client.Issue.Comment.Create(Owner, Repo, 77, "second");
        var comments = await Client.Issue.Comment.GetAllForIssue(Owner, Repo, 77);

        Assert.Multiple(() =>
        {
            Assert.That(comments.Select(c => c.Body), Is.EqualTo(new[] { "first", "second" }));
            Assert.That(comments[0].User.Login, Is.EqualTo("liftoff-bot"));
            Assert.That(comments[0].HtmlUrl, Does.EndWith($"/acme/site/issues/77#issuecomment-{comments[0].Id}"));
        });
    }

    [Test]
    public void Comment_OnNoSuchIssue_Is404()
    {
        Assert.ThrowsAsync<NotFoundException>(() => Client.Issue.Comment.Create(Owner, Repo, 5, "hello"));
    }
}
