using Cake.Core;
using Liftoff.Cake.CommandLine;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Gates;
using Liftoff.Cake.Tests.Support;
using Liftoff.Gates;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Gates;

/// <summary>
/// For the gates that read GitHub: a sandbox repository released as v1.0.0 with a bare origin, and a local GitHub
/// server the gates read as a GitHub Enterprise host. The token travels through a variable named by the
/// configuration (env:NAME), as users are told to pass it.
/// </summary>
[NonParallelizable] // the token variable is process-wide
public abstract class CheckReviewFixture
{
    protected const string TokenVariable = "LIFTOFF_TEST_GATES_TOKEN";

    protected GitSandbox Sandbox { get; private set; } = null!;

    protected LocalGitHubServer Server { get; private set; } = null!;

    protected RepoState GitHub => Server.State.Repo("acme", "site");

    [SetUp]
    public async Task CreateSandboxAndServer()
    {
        Sandbox = GitSandbox.Create();
        Sandbox.History().Commit("feat: first").Tag("v1.0.0").Push();
        Server = await LocalGitHubServer.StartAsync();
        Environment.SetEnvironmentVariable(TokenVariable, "test-token");
    }

    [TearDown]
    public async Task DisposeSandboxAndServer()
    {
        Environment.SetEnvironmentVariable(TokenVariable, null);
        await Server.DisposeAsync();
        Sandbox.Dispose();
    }

    /// <summary>One commit from merged PR #77, approved by alice, with green CI on HEAD.</summary>
    protected void ApprovedHistory()
    {
        var shas = Sandbox.History().Commit("feat: dark mode (#77)").Push().Shas;
        GitHub.Pulls.Add(77, "feat: dark mode", [.. shas]);
        GitHub.Pulls.AddReview(77, "alice", "APPROVED");
        GitHub.Statuses.AddCheckRun(Sandbox.Head, "build", conclusion: "success");
    }

    /// <summary>The arguments that point the gates at the sandbox and the local server.</summary>
    protected string[] Arguments(params string[] extra) =>
    [
        $"--working={Sandbox.Path}",
        $"--github.apiUrl={Server.ApiUri}",
        "--github.owner=acme",
        "--github.repository=site",
        $"--github.token=env:{TokenVariable}",
        "--github.maxRetries=0",
        .. extra,
    ];

    /// <summary>Runs a host with only the GitHub gates, Pre-Deploy-Checks and any <paramref name="more"/>, so other gates do not interfere.</summary>
    protected Task<HostResult> RunGatesAsync(string[] args, Func<LiftoffHost, LiftoffHost>? more = null)
    {
        using var harness = new HostHarness();
        return harness.RunAsync(
            host => (more ?? (h => h))(host
                .ConfigureServices(services =>
                {
                    services.AddSingleton<IGitClientFactory>(new GitCliFactory(Sandbox.Environment));
                    services.AddSingleton(TimeProvider.System);
                    services.AddSingleton<GateReport>();
                })
                .AddTask<PreDeployChecksTask>()
                .AddTask<CheckReviewTask>()
                .AddTask<CheckBacklogTask>()),
            Arguments(args));
    }

    /// <summary>A gate that always fails, standing in for Check-Tests: it must never be waived.</summary>
    [TaskName("Check-Tests")]
    [IsDependeeOf(typeof(PreDeployChecksTask))]
    public sealed class FailingTestsGate(GateReport report, ParsedCommandLine commandLine) : GateTask(report, commandLine)
    {
        protected override Task<GateResult> EvaluateAsync(ICakeContext context) =>
            Task.FromResult(GateResult.Fail(GateName, "1/10 failed", "a test failed"));
    }
}
