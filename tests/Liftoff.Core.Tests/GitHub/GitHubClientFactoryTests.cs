using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub;

namespace Liftoff.Core.Tests.GitHub;

public sealed class GitHubClientFactoryTests
{
    [Test]
    public void Create_GitHubDotCom_UsesTheDefaultApi()
    {
        var client = GitHubClientFactory.Create(new GitHubConnectionSettings(GitHubConnectionSettings.DefaultApiUrl, "t"));

        Assert.That(client.Connection.BaseAddress, Is.EqualTo(new Uri("https://api.github.com/")));
    }

    [Test]
    public async Task Create_EnterpriseHostOrApiRoot_TalksToItsApiV3WithTheToken()
    {
        // Given
        await using var server = await LocalGitHubServer.StartAsync();
        server.Auth.AcceptedToken = "right";
        server.Auth.RequireForReads = true;

        // When
        foreach (var url in new[] { server.BaseUri, server.ApiUri })
        {
            var client = GitHubClientFactory.Create(new GitHubConnectionSettings(url, "right"));
            await client.Repository.Release.GetAll("acme", "site");
        }

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(server.Requests.Count("GET", "/repos/acme/site/releases"), Is.EqualTo(2));
            Assert.That(server.Requests.All.Select(r => r.AuthScheme), Is.All.EqualTo("token").IgnoreCase);
        });
    }

    [Test]
    public void Create_NoToken_SendsNoCredentials()
    {
        var client = GitHubClientFactory.Create(GitHubConnectionSettings.FromEnvironment(_ => null));

        Assert.That(client.Connection.Credentials.AuthenticationType, Is.EqualTo(Octokit.AuthenticationType.Anonymous));
    }
}
