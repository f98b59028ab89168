using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

public sealed class AuthTests
{
    private const string Owner = "acme";
    private const string Repo = "site";
    private LocalGitHubServer _server = null!;

    [SetUp]
    public async Task StartServer() => _server = await LocalGitHubServer.StartAsync();

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [Test]
    public void Write_WithoutToken_ThrowsAuthorizationException()
    {
        var anonymous = _server.CreateAnonymousClient();

        var error = Assert.ThrowsAsync<AuthorizationException>(() =>
            anonymous.Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Is.EqualTo("Requires authentication"));
            Assert.That(_server.State.Repo(Owner, Repo).Releases.All(), Is.Empty);
            Assert.That(_server.Requests.All.Single().HasAuthorization, Is.False);
        });
    }

    [Test]
    public async Task Read_WithoutToken_IsAllowedByDefault()
    {
        var releases = await _server.CreateAnonymousClient().Repository.Release.GetAll(Owner, Repo);

        Assert.That(releases, Is.Empty);
    }

    [Test]
    public void Read_WithoutTokenWhenReadsRequireAuth_ThrowsAuthorizationException()
    {
        _server.Auth.RequireForReads = true;

        Assert.ThrowsAsync<AuthorizationException>(() => _server.CreateAnonymousClient().Repository.Release.GetAll(Owner, Repo));
    }

    [Test]
    public void Write_WithWrongTokenWhenOneIsRequired_ThrowsAuthorizationException()
    {
        _server.Auth.AcceptedToken = "the-right-token";

        var error = Assert.ThrowsAsync<AuthorizationException>(() =>
            _server.CreateClient("a-wrong-token").Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0")));

        Assert.That(error.Message, Is.EqualTo("Bad credentials"));
    }

    [Test]
    public async Task RequestLog_AuthenticatedCall_RecordsTheSchemeButNeverTheToken()
    {
        await _server.CreateClient("secret-value-123").Repository.Release.Create(Owner, Repo, new NewRelease("v1.0.0"));

        var recorded = _server.Requests.All.Single();
        Assert.Multiple(() =>
        {
            Assert.That(recorded.AuthScheme, Is.EqualTo("token").IgnoreCase);
            Assert.That(recorded.ToString(), Does.Not.Contain("secret-value-123"));
            Assert.That(recorded.ToString(), Is.EqualTo("POST /repos/acme/site/releases -> 201"));
        });
    }
}
