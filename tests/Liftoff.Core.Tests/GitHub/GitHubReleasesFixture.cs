using System.Collections.Concurrent;
using Liftoff.GitHub;
using Liftoff.TestSupport.GitHub;

namespace Liftoff.Core.Tests.GitHub;

/// <summary>
/// A fresh local GitHub server per test and the real Octokit-backed <see cref="OctokitGitHubReleases"/> pointed
/// at it as a GitHub Enterprise host, with short backoff delays so retries cost milliseconds.
/// </summary>
public abstract class GitHubReleasesFixture
{
    protected const string Owner = "acme";
    protected const string Repo = "site";
    protected const string Token = "test-token";

    protected LocalGitHubServer Server { get; private set; } = null!;

    protected RecordingGitHubLog Log { get; } = new();

    protected static GitHubResilienceOptions FastRetries { get; } = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxBackoffDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
    };

    [SetUp]
    public async Task StartServer()
    {
        Log.Notices.Clear();
        Server = await LocalGitHubServer.StartAsync();
    }

    [TearDown]
    public async Task StopServer() => await Server.DisposeAsync();

    protected OctokitGitHubReleases CreateSut(string token = Token, GitHubResilienceOptions? options = null, TimeProvider? time = null)
    {
        var settings = new GitHubConnectionSettings(Server.ApiUri, token, "GITHUB_TOKEN");
        var client = GitHubClientFactory.Create(settings);
        return new OctokitGitHubReleases(client, new GitHubRepository(Owner, Repo), options ?? FastRetries, time ?? TimeProvider.System, Log);
    }

    protected IReadOnlyList<TestSupport.GitHub.State.StoredRelease> StoredReleases() => Server.State.Repo(Owner, Repo).Releases.All();

    /// <summary>Keeps every retry notice, for assertions.</summary>
    protected sealed class RecordingGitHubLog : IGitHubLog
    {
        public ConcurrentQueue<GitHubRetryNotice> Notices { get; } = new();

        public void Retrying(GitHubRetryNotice notice) => Notices.Enqueue(notice);
    }
}
