using Liftoff.Cake.Deploy;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Environments;
using Liftoff.Cake.Tests.Support;
using Liftoff.Git;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>
/// The environments sandbox, plus a local GitHub server the run mirrors to (as a GitHub Enterprise host) and a local
/// webhook receiver, with the token and the webhook URL passed as secrets through variables the configuration names.
/// </summary>
public abstract class JournalFixture : EnvironmentFixture
{
    protected const string TokenVariable = "LIFTOFF_TEST_JOURNAL_TOKEN";
    protected const string HookVariable = "LIFTOFF_TEST_JOURNAL_HOOK";
    protected const string Token = "journal-token";

    private readonly Dictionary<string, string?> _saved = [];

    protected LocalGitHubServer GitHub { get; private set; } = null!;

    protected WebhookReceiver Hooks { get; private set; } = null!;

    protected TestSupport.GitHub.State.RepoState Repo => GitHub.State.Repo("acme", "site");

    [SetUp]
    public async Task StartServers()
    {
        GitHub = await LocalGitHubServer.StartAsync();
        Hooks = await WebhookReceiver.StartAsync();
        SetVariable(TokenVariable, Token);
        SetVariable(HookVariable, Hooks.SecretUrl("T0/B0/journal-secret").AbsoluteUri);
    }

    [TearDown]
    public async Task StopServers()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        _saved.Clear();
        await Hooks.DisposeAsync();
        await GitHub.DisposeAsync();
    }

    /// <summary>Sets a process variable for this test only; the teardown puts the old value back.</summary>
    protected void SetVariable(string name, string? value)
    {
        _saved.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>Where the token comes from: <c>github.token</c> naming <see cref="TokenVariable"/>, or null for the default (GITHUB_TOKEN).</summary>
    protected virtual string? TokenArgument => $"--github.token=env:{TokenVariable}";

    /// <summary>The arguments that point GitHub at the local server and the webhook at the receiver.</summary>
    protected string[] Wired(params string[] args) =>
    [
        $"--github.apiUrl={GitHub.ApiUri}",
        "--github.owner=acme",
        "--github.repository=site",
        .. TokenArgument is null ? Array.Empty<string>() : [TokenArgument],
        "--github.maxRetries=0",
        $"--notifications.webhook=env:{HookVariable}",
        "--notifications.retries=0",
        .. args,
    ];

    /// <summary>Runs the shipped pipeline, wired to the servers.</summary>
    protected Task<HostResult> RunWiredAsync(params string[] args) => RunAsync(Wired(args));

    /// <summary>Builds an artifact whose site has <c>health.html</c> only when <paramref name="healthy"/>.</summary>
    protected Task<string> SiteAsync(string version, bool healthy)
    {
        if (healthy)
        {
            Folder.WriteFile($"src-{version}/health.html", "ok\n");
        }

        return ArtifactAsync(version);
    }
}
