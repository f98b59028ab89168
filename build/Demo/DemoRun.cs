using System.Diagnostics;
using System.Runtime.InteropServices;
using Build.Demo.Scenarios;
using Cake.Core;
using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>
/// The demo from start to end: prerequisites, the sandbox, nginx for test, staging, production and the service's
/// slots, the five scenarios through the sample's own build.sh, each judged from the ledger, and the closing summary. nginx is stopped at the
/// end unless <c>--keep</c> asks to leave it running.
/// </summary>
internal sealed class DemoRun(BuildContext context, DemoSettings settings)
{
    private static readonly IScenario[] Scenarios = [new StagedScenario(), new StandardScenario(), new RollbackScenario(), new HotfixScenario(), new CanaryScenario()];

    private ICakeLog Log => context.Log;

    public async Task<DemoResult> RunAsync()
    {
        var watch = Stopwatch.StartNew();
        var version = context.PackedVersion ?? PackedVersionFile.Read(context.Packages.FullPath)
            ?? throw new CakeException($"Pack has not run, in this build or before, so {context.Packages.FullPath} has no packages to demo.");
        DemoBanner.Print(Log, "Liftoff demo: the mission's four deployment scenarios and a service canary on examples/sample-site");
        await Prerequisites.RequireNginxAsync(Log);
        await Prerequisites.RequireNodeAsync(Log);
        var sandbox = await DemoSandbox.CreateAsync(settings.Sandbox, context.Root.FullPath, context.Packages.FullPath, version);
        Log.Information("Sandbox: {0} (the sample as its own repository in site/, its bare origin.git, served/<env>)", sandbox.Root);
        Log.Information("Liftoff: {0}, the packages just packed into {1}", version, context.Packages.FullPath);

        WebServers? servers = null;
        DemoGitHub? github = null;

        // Ctrl-C or a CI runner's SIGTERM ends the process without running the finally below: stop nginx first.
        using var interrupted = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StopNow(settings.Keep ? null : servers));
        using var terminated = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopNow(settings.Keep ? null : servers));
        try
        {
            servers = await WebServers.StartAsync(sandbox);
            foreach (var environment in DemoSandbox.Environments)
            {
                Log.Information("{0,-11} {1} (nginx serving {2}/current)", environment, servers.Url(environment), sandbox.Served(environment));
            }

            var service = servers.Service!;
            Log.Information("{0,-11} {1} (nginx in front of the blue and green slots, ports {2} and {3}; upstream file {4})",
                ServiceSlots.Environment, service.Url, service.BluePort, service.GreenPort, service.UpstreamFile);

            github = await StartGitHubAsync(sandbox);
            var scenarios = new ScenarioContext(Log, sandbox, servers, new SampleRunner(Log, sandbox, servers, github), github);
            var verdicts = new List<ScenarioVerdict>();
            for (var index = 0; index < Scenarios.Length; index++)
            {
                verdicts.Add(await RunScenarioAsync(scenarios, Scenarios[index], index + 1));
            }

            await DemoSummary.PrintAsync(Log, scenarios, servers, github, verdicts);
            return new DemoResult(sandbox.Root, verdicts, watch.Elapsed, settings.Keep);
        }
        finally
        {
            await StopAsync(sandbox, servers, github);
        }
    }

    private async Task<ScenarioVerdict> RunScenarioAsync(ScenarioContext scenarios, IScenario scenario, int number)
    {
        DemoBanner.Print(Log, $"Scenario {number}/{Scenarios.Length} · {scenario.Name}");
        foreach (var line in scenario.Story)
        {
            Log.Information("{0}", line);
        }

        ScenarioVerdict verdict;
        try
        {
            var before = await LedgerChange.ReadAsync(scenarios.Sandbox);
            var run = await scenario.RunAsync(scenarios);
            var after = await LedgerChange.ReadAsync(scenarios.Sandbox);
            verdict = await scenario.JudgeAsync(scenarios, new LedgerChange(before, after), run);
        }
        catch (CakeException error)
        {
            verdict = ScenarioVerdict.Fail(scenario.Name, error.Message);
        }

        Log.Information("");
        Log.Information("{0}", verdict);
        return verdict;
    }

    private async Task<DemoGitHub?> StartGitHubAsync(DemoSandbox sandbox)
    {
        if (!settings.WithGitHub)
        {
            Log.Information("GitHub: no token, so the review and backlog gates are switched off for the demo (LIFTOFF_GATES__REVIEW__ENABLED=false,");
            Log.Information("        LIFTOFF_GATES__BACKLOG__ENABLED=false) and GitHub-Release skips itself with its reason; --with-github checks them");
            Log.Information("        against a local GitHub REST server instead. The hotfix keeps the review gate on: --hotfix waives it.");
            return null;
        }

        var github = await DemoGitHub.StartAsync();
        foreach (var line in (await sandbox.Git.RunAsync(sandbox.Site, "log", "--format=%H %s")).Split('\n'))
        {
            github.Reviewed(line[..40], line[41..]);
        }

        Log.Information("GitHub: local REST server at {0} (--with-github); each commit the demo makes gets an approved, merged pull request", github.ApiUri);
        return github;
    }

    private static void StopNow(WebServers? servers) => servers?.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10));

    private async Task StopAsync(DemoSandbox sandbox, WebServers? servers, DemoGitHub? github)
    {
        if (github is not null)
        {
            await github.DisposeAsync();
        }

        if (servers is null)
        {
            return;
        }

        if (settings.Keep)
        {
            DemoDescription.Write(sandbox, servers, running: true);
            Log.Information("nginx: left running (--keep). Stop it with: {0}", servers.StopCommand());
            return;
        }

        await servers.DisposeAsync();
        DemoDescription.Write(sandbox, servers, running: false);
        Log.Information("nginx: stopped (a build target leaves no process behind; --keep leaves it running).");
    }
}
