using Liftoff.Core.Tests.Incidents;
using Liftoff.GitHub;
using Liftoff.GitHub.Issues;
using Liftoff.Incidents;

namespace Liftoff.Core.Tests.GitHub.Issues;

public sealed class IncidentIssuesTests : GitHubReleasesFixture
{
    [Test]
    public async Task OpenOnceAsync_TheSameIncidentTwice_OpensOneLabelledIssueWithTheReport()
    {
        // Given
        var report = IncidentSamples.Report();
        var sut = CreateSut();

        // When
        var first = await sut.OpenOnceAsync(report.Title, IncidentMarkdown.Render(report), report.Marker, ["incident", "production"]);
        var second = await sut.OpenOnceAsync(report.Title, IncidentMarkdown.Render(report), report.Marker, ["incident", "production"]);

        // Then
        var issue = Server.State.Repo(Owner, Repo).Issues.All().Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.Created, Is.True);
            Assert.That(second.Created, Is.False);
            Assert.That(second.Number, Is.EqualTo(first.Number));
            Assert.That(issue.Title, Is.EqualTo("Incident: production rolled back from 2.0.0 to 1.0.0"));
            Assert.That(issue.Labels, Is.EqualTo(new[] { "incident", "production" }));
            Assert.That(issue.Body, Does.Contain("GET /health").And.Contain(report.Marker));
            Assert.That(first.HtmlUrl.AbsoluteUri, Does.EndWith($"/acme/site/issues/{first.Number}"));
        });
    }

    private OctokitGitHubIncidentIssues CreateSut()
    {
        var settings = new GitHubConnectionSettings(Server.ApiUri, Token, "GITHUB_TOKEN");
        return new OctokitGitHubIncidentIssues(GitHubClientFactory.Create(settings), new GitHubRepository(Owner, Repo), FastRetries, TimeProvider.System, Log);
    }
}
