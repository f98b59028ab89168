using System.Text;
using Liftoff.Cake.Tests.Support;
using Liftoff.GitHub;
using Liftoff.GitHub.Deployments;
using Liftoff.TestSupport;

namespace Liftoff.Cake.Tests.Journal;

/// <summary>
/// A whole pipeline with a recognisable token in <c>GITHUB_TOKEN</c> and a webhook URL secret: release (with pull
/// request comments), two deploys, a rollback (incident report and issue), a run whose token GitHub rejects, and
/// Check-Config, all on a faked GitHub Actions runner. Then every stream and file is searched for both secrets.
/// </summary>
[Category("Slow")]
public sealed class SecretLeakTests : JournalFixture
{
    private const string Secret = "ghp_LIFTOFFSECRET0123456789abcdefABCDEF";
    private const string HookSecret = "LIFTOFFHOOKSECRET";

    private TempDirectory _runner = null!;

    protected override string? TokenArgument => null;

    [SetUp]
    public void SetSecrets()
    {
        _runner = TempDirectory.Create("gha");
        SetVariable(TokenVariable, null);
        SetVariable("GH_TOKEN", null);
        SetVariable("GITHUB_TOKEN", Secret);
        SetVariable(HookVariable, Hooks.SecretUrl("T0/B0/" + HookSecret).AbsoluteUri);
        SetVariable("GITHUB_ACTIONS", "true");
        SetVariable("GITHUB_STEP_SUMMARY", _runner.Combine("step_summary.md"));
        SetVariable("GITHUB_OUTPUT", _runner.Combine("output"));
        SetVariable("GITHUB_SERVER_URL", "https://github.example");
        SetVariable("GITHUB_REPOSITORY", "acme/site");
        SetVariable("GITHUB_RUN_ID", "777");
        GitHub.Auth.AcceptedToken = Secret;
    }

    [TearDown]
    public void RemoveRunner() => _runner.Dispose();

    [Test]
    public async Task FullPipeline_TheTokenAndTheWebhookUrl_AppearNowhereButTheMaskCommands()
    {
        // Given: a releasable commit that names a pull request
        Sandbox.History().Commit("feat(ui): dark mode (#77)").Push();
        Repo.Pulls.Add(77, "feat(ui): dark mode", []);
        string[] waive = ["--yes", "--skip-promotion-check", "--reason=secret test"];

        // When
        var runs = new List<HostResult>
        {
            await RunWiredAsync("--target=Release", "--notifications.pullRequestComments=true"),
            await RunWiredAsync(["--target=Deploy-Production", $"--artifact={await ArtifactAsync("1.0.0")}", .. waive]),
            await RunWiredAsync(["--target=Deploy-Production", $"--artifact={await ArtifactAsync("2.0.0")}", .. waive]),
            await RunWiredAsync("--target=Rollback-Production", "--verbosity=diagnostic"),
            await RunWiredAsync("--target=Check-Config"),
        };
        GitHub.Auth.AcceptedToken = "another-token";
        var rejected = await RunWiredAsync("--target=GitHub-Release", "--verbosity=diagnostic");
        var mirrorRejected = await RunWiredAsync("--target=Deploy-Test", $"--artifact={await ArtifactAsync("1.0.0")}", "--verbosity=diagnostic");
        runs.Add(rejected);
        runs.Add(mirrorRejected);

        // Then: the runs did what they should, so the secrets had every chance to leak
        Assert.That(runs.Take(5).Select(r => r.ExitCode), Is.All.Zero, string.Join("\n\n", runs));
        Assert.That(rejected.ExitCode, Is.EqualTo(1), rejected.ToString());
        Assert.That(rejected.Output, Does.Contain("GitHub rejected the token (401)"));
        Assert.That(mirrorRejected.Output, Does.Contain("LIFTOFF1501"));
        Assert.That(Repo.Comments.ForIssue(77), Has.Count.EqualTo(1));
        Assert.That(Repo.Issues.All().Single().Title, Does.StartWith("Incident: production rolled back"));
        Assert.That(Hooks.Received, Is.Not.Empty);

        var stdout = string.Join("\n", runs.Select(r => r.Output));
        var masks = stdout.Split('\n').Where(line => line.TrimEnd('\r').StartsWith("::add-mask::", StringComparison.Ordinal)).ToList();
        var sources = new Dictionary<string, string>
        {
            ["stdout and stderr (without the ::add-mask:: lines)"] = WithoutMasks(stdout),
            ["exception texts"] = CoreExceptionText() + WithoutMasks(rejected.Output) + WithoutMasks(mirrorRejected.Output),
            ["ledger and locks (git refs on origin)"] = Sandbox.OriginGit("log", "--all", "-p", "--format=%H %B") + Sandbox.OriginGit("for-each-ref"),
            ["incident reports"] = string.Concat(Directory.GetFiles(Path.Combine(Sandbox.Path, "artifacts", "incidents")).Select(File.ReadAllText)),
            ["GitHub Actions files"] = File.ReadAllText(_runner.Combine("step_summary.md")) + File.ReadAllText(_runner.Combine("output")),
            ["webhook bodies"] = string.Join("\n", Hooks.All.Select(post => post.Body)),
            ["what GitHub stored"] = string.Join("\n", Repo.Issues.All().Select(i => i.Body)
                .Concat(Repo.Comments.ForIssue(77).Select(c => c.Body))
                .Concat(Repo.Deployments.All().Select(d => d.PayloadJson + d.Description))
                .Concat(Repo.Releases.All().Select(r => r.Body ?? ""))),
        };

        Assert.Multiple(() =>
        {
            Assert.That(masks, Does.Contain("::add-mask::" + Secret), "the control: the run knew the token, and said so only to the runner");
            Assert.That(masks, Has.Some.Contains(HookSecret), "the control: the webhook URL was masked");
            foreach (var (source, text) in sources)
            {
                Assert.That(Occurrences(text, Secret), Is.Zero, $"the token in {source}");
                Assert.That(Occurrences(text, HookSecret), Is.Zero, $"the webhook URL in {source}");
            }
        });
    }

    // A Core error with the token rejected, read as a person would see it with --verbosity=diagnostic.
    private string CoreExceptionText()
    {
        var settings = new GitHubConnectionSettings(GitHub.ApiUri, Secret, "GITHUB_TOKEN");
        var deployments = new OctokitGitHubDeployments(GitHubClientFactory.Create(settings), new GitHubRepository("acme", "site"), new GitHubResilienceOptions { MaxRetryAttempts = 0 });
        var error = Assert.CatchAsync(() => deployments.FindOrCreateAsync(new GitHubDeploymentRequest { Ref = "main", Environment = "production", Version = "1.0.0", RunId = "1" }));
        return new StringBuilder().Append(settings).Append('\n').Append(error).ToString();
    }

    private static string WithoutMasks(string output) =>
        string.Join("\n", output.Split('\n').Where(line => !line.StartsWith("::add-mask::", StringComparison.Ordinal)));

    private static int Occurrences(string text, string secret)
    {
        var count = 0;
        for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
