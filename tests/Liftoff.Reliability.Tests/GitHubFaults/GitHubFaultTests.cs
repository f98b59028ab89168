using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.Faults;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Reliability.Tests.GitHubFaults;

/// <summary>
/// R3, GitHub faults: the local GitHub server serves 429, 502, 503, a 403 secondary rate limit with Retry-After,
/// replies slower than the timeout, and reset connections, on every route Liftoff calls (<see cref="GitHubRoute.All"/>),
/// to the real host running <c>Release</c>, <c>Check-Review</c> and <c>Check-Backlog</c>. Within the retry budget
/// the run completes; past it, the run fails with a message naming the operation, the repository and the fault, and
/// a re-run completes. Either way there is never a second tag, release or asset.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed partial class GitHubFaultTests
{
    private const string Recoverable = "R3 GitHub faults: within the retry budget";
    private const string Exhausted = "R3 GitHub faults: past the retry budget";
    private static readonly string[] Targets = ["Release", "Check-Review", "Check-Backlog"];

    private LocalGitHubServer _server = null!;
    private int _repositories;

    [OneTimeSetUp]
    public async Task StartServer() => _server = await LocalGitHubServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    [TearDown]
    public void ClearFaults() => _server.Faults.Clear();

    [Test]
    public async Task EveryRouteEveryFault_WithinTheRetryBudget_RunsCompleteWithoutDuplicates()
    {
        // Rotation r gives route i the fault (i + r) mod 6, so six rotations serve every fault on every route, all the
        // faults of a target in one run. The plain test run does one rotation.
        var rotations = Trials.Count(reduced: 1, full: FaultKind.All.Count);
        var tally = new ScenarioTally(Recoverable);
        for (var rotation = 0; rotation < rotations; rotation++)
        {
            foreach (var target in Targets)
            {
                var routes = GitHubRoute.All.Where(route => route.Target == target).ToList();
                var faults = routes.Select((route, i) => (Route: route, Kind: FaultKind.All[(i + rotation) % FaultKind.All.Count])).ToList();
                await tally.RunAsync($"{target}, rotation {rotation}: {string.Join(", ", faults.Select(f => $"{f.Route} {f.Kind}"))}", async () =>
                {
                    using var world = CreateWorld(target);
                    var served = faults.Select(f => f.Kind.Create(f.Route.Method, f.Route.Path, 1)).Select(_server.Faults.Add).ToList();

                    var run = await world.RunAsync($"--target={target}", "--github.timeoutSeconds=1");

                    Expect.That(run.Succeeded, $"{target} failed although every fault was within the retry budget: {run}");
                    for (var i = 0; i < faults.Count; i++)
                    {
                        Expect.Equal(1, served[i].FiredCount, $"times {faults[i].Route} served its {faults[i].Kind}");
                        tally.Count("faults served");
                    }

                    ExpectNoDuplicates(world, target);
                });
                _server.Faults.Clear();
            }
        }

        tally.Complete($"{tally.Counter("faults served")} faults on {GitHubRoute.All.Count} routes, every run completed · 0 duplicate tags, releases or assets");
    }

    [Test]
    public async Task EveryRoute_FaultsOutlastTheRetryBudget_FailsClearlyAndTheReRunCompletesWithoutDuplicates()
    {
        var routes = Trials.Full ? GitHubRoute.All : [GitHubRoute.All[2], GitHubRoute.All[11]];
        var tally = new ScenarioTally(Exhausted);
        for (var i = 0; i < routes.Count; i++)
        {
            var (route, kind) = (routes[i], FaultKind.All[i % FaultKind.All.Count]);
            await tally.RunAsync($"{route} {kind}, always", async () =>
            {
                using var world = CreateWorld(route.Target);
                var fault = _server.Faults.Add(kind.Create(route.Method, route.Path, Fault.Always));

                var failed = await world.RunAsync($"--target={route.Target}", "--github.timeoutSeconds=1", "--github.maxRetries=1");

                _server.Faults.Clear();
                var output = failed.StdOut + failed.StdErr;
                Expect.That(!failed.Succeeded, $"{route.Target} succeeded although {route} always answered {kind}: {failed}");
                Expect.That(fault.FiredCount >= 2, $"{route} was tried {fault.FiredCount} time(s); a transient fault is retried once with --github.maxRetries=1");
                Expect.That(output.Contains($"acme/{world.Name}", StringComparison.Ordinal), $"the message names the repository: {failed}");
                Expect.That(DiagnosticCode().IsMatch(output), $"the message carries a diagnostic code: {failed}");
                Expect.That(output.Contains("after 1 retries", StringComparison.Ordinal), $"the message says the retries ran out: {failed}");
                Expect.That(!output.Contains("   at ", StringComparison.Ordinal) && !output.Contains("Unhandled exception", StringComparison.Ordinal),
                    $"a stack trace was printed: {failed}");
                ExpectNoDuplicates(world, route.Target);

                var rerun = await world.RunAsync($"--target={route.Target}");
                Expect.That(rerun.Succeeded, $"the re-run without faults failed: {rerun}");
                ExpectNoDuplicates(world, route.Target);
                if (route.Target == "Release")
                {
                    world.ExpectOneFinishedRelease();
                }
            });
        }

        tally.Complete($"{tally.Trials} routes failed past the budget with a coded message naming the repository · every re-run completed · 0 duplicates");
    }

    private ReleaseWorld CreateWorld(string target)
    {
        var world = ReleaseWorld.Create(_server, $"site-r3-{Interlocked.Increment(ref _repositories)}");
        if (target == "Check-Review")
        {
            // Every commit since v1.0.0 came through approved pull request #77, with green CI on HEAD.
            var commits = world.Sandbox.Git("rev-list", "--reverse", "v1.0.0..HEAD").Split('\n');
            world.GitHub.Pulls.Add(77, "feat: dark mode", commits);
            world.GitHub.Pulls.AddReview(77, "alice", "APPROVED");
            world.GitHub.Statuses.AddStatus(world.Sandbox.Head, "ci/build", "success");
            world.GitHub.Statuses.AddCheckRun(world.Sandbox.Head, "build", conclusion: "success");
        }

        return world;
    }

    private static void ExpectNoDuplicates(ReleaseWorld world, string target)
    {
        var tags = world.OriginTags();
        Expect.That(tags.Distinct(StringComparer.Ordinal).Count() == tags.Count && tags.Count <= 2, $"origin's tags: {string.Join(", ", tags)}");
        var releases = world.GitHub.Releases.All();
        Expect.That(releases.Count <= 1, $"{releases.Count} GitHub releases: {string.Join(", ", releases.Select(r => $"{r.TagName}{(r.Draft ? " (draft)" : "")}"))}");
        Expect.That(releases.All(r => r.Assets.Count <= 1), "a release holds the asset twice");
        if (target != "Release")
        {
            Expect.That(releases.Count == 0, $"{target} created a release");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"LIFTOFF\d{4}: ")]
    private static partial System.Text.RegularExpressions.Regex DiagnosticCode();
}
