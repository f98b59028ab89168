using Cake.Core.Diagnostics;

namespace Build.Demo;

/// <summary>
/// The demo's ending: the sample's own Ledger table, what each URL serves now, the sandbox to poke at, and one verdict
/// line per scenario, decided from the ledger.
/// </summary>
internal static class DemoSummary
{
    public static async Task PrintAsync(
        ICakeLog log, ScenarioContext scenarios, WebServers servers, DemoGitHub? github, IReadOnlyList<ScenarioVerdict> verdicts)
    {
        DemoBanner.Print(log, "Ledger (the sample's ./build.sh --target=Ledger)");
        await scenarios.Sample.RunAsync("--target=Ledger");

        DemoBanner.Print(log, "Served now");
        foreach (var line in await ServedVersions.DescribeAsync(servers))
        {
            log.Information("{0}", line);
        }

        var sandbox = scenarios.Sandbox;
        log.Information("");
        log.Information("Sandbox: {0}", sandbox.Root);
        log.Information("  site/        the sample's repository (cd there and run ./build.sh --target=Ledger, --target=Status, ...)");
        log.Information("  origin.git/  its bare origin: branches, tags, and the ledger and locks as refs/liftoff/*");
        log.Information("  served/      the releases directories nginx serves (<env>/current → releases/<version>-<sha>); service/ holds");
        log.Information("               the upstream file Liftoff writes, the slot state, each slot's log and its extracted release");
        if (github is not null)
        {
            log.Information("GitHub: {0}", github.Describe());
        }

        DemoBanner.Print(log, "Verdicts, from the ledger");
        foreach (var verdict in verdicts)
        {
            log.Information("{0}", verdict);
        }
    }
}
