using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class AuthTests : GitHubServerFixture
{
    [Test]
    public void Write_WithoutToken_ThrowsAuthorizationException()
    {
        var anonymous = Server.CreateAnonymousClient();

        var error = Assert.ThrowsAsync<AuthorizationException>(() =>
            anonymous.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Requires authentication"));
            Assert.That(Server.State.Repo(Owner, Repo).Releases.All(), Is.Empty);
            Assert.That(Server.Requests.All.Single().HasAuthorization, Is.False);
        });
    }

    [Test]
    public async Task Read_WithoutToken_IsAllowedByDefault()
    {
        var releases = await Server.CreateAnonymousClient().Repository.Release.GetAll(Owner, Repo);

        Assert.That(releases, Is.Empty);
    }

    [Test]
    public void Read_WithoutTokenWhenReadsRequireAuth_ThrowsAuthorizationException()
    {
        Server.Auth.RequireForReads = true;

        Assert.ThrowsAsync<AuthorizationException>(() => Server.CreateAnonymousClient().Repository.Release.GetAll(Owner, Repo));
    }

    [Test]
    public void Write_WithWrongTokenWhenOneIsRequired_ThrowsAuthorizationException()
    {
        Server.Auth.AcceptedToken = "the-right-token";

        var error = Assert.ThrowsAsync<AuthorizationException>(() =>
            Server.CreateClient("a-wrong-token").Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));

        Assert.That(error.Message, Is.EqualTo("Bad credentials"));
    }

    [Test]
    public async Task RequestLog_AuthenticatedCall_RecordsTheSchemeButNeverTheToken()
    {
        await Server.CreateClient("secret-value-123").Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));

        var recorded = Server.Requests.All.Single();
        Assert.Multiple(() =>
        {
            Assert.That(recorded.AuthScheme, Is.EqualTo("token").IgnoreCase);
            Assert.That(recorded.ToString(), Does.Not.Contain("secret-value-123"));
            Assert.That(recorded.ToString(), Is.EqualTo("POST /repos/acme/site/releases -> 201"));
        });
    }
}
