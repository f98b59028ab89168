using Liftoff.Diagnostics;
using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub.Faults;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubTokenRedactionTests : GitHubReleasesFixture
{
    private const string Secret = "ghp_LiftoffRecognisableSecret0123456789";

    [Test]
    public void UpsertAsync_TokenRejected_ErrorNamesTheProblemButNeverTheToken()
    {
        // Given
        Server.Auth.AcceptedToken = "some-other-token";

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(Secret).UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubAccessDenied));
            Assert.That(error.Message, Does.Contain("401"));
            Assert.That(error.ToString(), Does.Not.Contain(Secret));
            Assert.That(error.InnerException?.ToString(), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void UpsertAsync_RetriesExhausted_NeitherLogNorErrorContainsTheToken()
    {
        // Given
        Server.Faults.Add(new Fault { Status = 500, Times = Fault.Always });
        var options = new GitHubResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryAttempts = 1 };

        // When
        var error = Assert.ThrowsAsync<LiftoffException>(() => CreateSut(Secret, options).UpsertAsync(new ReleaseRequest { Tag = "v1.0.0" }));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.GitHubUnavailable));
            Assert.That(error.ToString(), Does.Not.Contain(Secret));
            Assert.That(string.Join("\n", Log.Notices), Does.Not.Contain(Secret));
        });
    }

    [Test]
    public void ToString_WithToken_ShowsWhereItCameFromButNotTheToken()
    {
        var settings = GitHubConnectionSettings.FromEnvironment(name => name == "GH_TOKEN" ? Secret : null);

        Assert.Multiple(() =>
        {
            Assert.That(settings.ToString(), Does.Not.Contain(Secret));
            Assert.That(settings.ToString(), Is.EqualTo("https://api.github.com/ (token: *** from GH_TOKEN)"));
        });
    }
}
