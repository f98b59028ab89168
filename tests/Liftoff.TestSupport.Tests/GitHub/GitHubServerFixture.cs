using Liftoff.TestSupport.GitHub;
using Octokit;

namespace Liftoff.TestSupport.Tests.GitHub;

/// <summary>A fresh local GitHub server per test, with a real Octokit client pointed at it as a GitHub Enterprise host.</summary>
public abstract class GitHubServerFixture
{
    protected const string Owner = "acme";
    protected const string Repo = "site";

    protected LocalGitHubServer Server { get; private set; } = null!;

    protected GitHubClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartServer()
    {
        Server = await LocalGitHubServer.StartAsync();
        Client = Server.CreateClient();
    }

    [TearDown]
    public async Task StopServer() => await Server.DisposeAsync();
}
