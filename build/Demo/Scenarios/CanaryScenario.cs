using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Build.Demo.Scenarios;

/// <summary>
/// A service canary aborted automatically. The sample's order service runs in the service environment's blue and green
/// slots behind nginx (an nginxSlots target). First the archive production runs goes there: started in a slot, checked
/// on its own port, switched, validated through nginx. Then a commit makes one order in three fail (the artifact's
/// <c>service/faults.json</c>); Deploy-Service releases it and sends it out as a canary at 10%, whose analysis compares
/// it with the stable slot, fails, and aborts: the canary's weight goes back to 0 and its slot is stopped. The run exits
/// 1, which is what this scenario expects.
/// </summary>
internal sealed class CanaryScenario : IScenario
{
    private const string Manifest = "artifacts/manifest.json";
    private const int FailPercent = 30;
    private const string Environment = ServiceSlots.Environment;

    public string Name => "Canary";

    public IReadOnlyList<string> Story =>
    [
        "The order service (service/server.mjs, in the same archive as the site) runs in the service environment: blue and green slots behind nginx.",
        $"Deploy-Service --artifact={Manifest} puts the archive production runs in a slot: started, checked on its own port, switched, validated.",
        $"Then a commit on main whose orders fail {FailPercent}% of the time (service/faults.json); Deploy-Service releases it and sends it out as a",
        "canary at 10%. Expected: the analysis, which compares it with the stable slot on their own ports, fails and aborts it automatically:",
        "weight back to 0, the canary's slot stopped, nginx serving the stable version only, exit code 1.",
    ];

    public async Task<ScenarioRun> RunAsync(ScenarioContext context)
    {
        var run = new ScenarioRun();
        if (!await run.StepAsync(context.Sample, "--target=Deploy-Service", $"--artifact={Manifest}"))
        {
            return run;
        }

        await context.GitAsync("checkout", "--quiet", "main");
        await context.CommitAsync("feat(service): orders from the new order store", new Dictionary<string, string>
        {
            ["service/faults.json"] = string.Create(CultureInfo.InvariantCulture, $"{{ \"ordersFailPercent\": {FailPercent} }}\n"),
        });
        await run.StepAsync(context.Sample, new Dictionary<string, string?>(), ExitCodes.TaskFailed, "--target=Deploy-Service");
        return run;
    }

    public async Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run)
    {
        if (!run.AsExpected)
        {
            return ScenarioVerdict.Fail(Name, run.Steps[^1].ExitCode == 0 && run.Steps.Count == 2
                ? "the bad version went to 100% (exit code 0): the canary analysis did not stop it"
                : run.Unexpected);
        }

        var good = ledger.AddedWith(Environment, DeploymentOutcome.Validated);
        var aborted = ledger.AddedWith(Environment, DeploymentOutcome.Failed);
        if (good is null || aborted is null || aborted.Traffic is not { Count: > 0 } traffic)
        {
            return ScenarioVerdict.Fail(Name, "the ledger lacks one of: the validated first version, the failed canary with its traffic steps");
        }

        var analysis = traffic.LastOrDefault(step => step.Action == TrafficActions.Analysis);
        var abort = traffic.LastOrDefault(step => step.Action == TrafficActions.Abort);
        var step = traffic.FirstOrDefault(step => step.Action == TrafficActions.Weights);
        if (analysis?.Verdict != "fail" || abort is null || step is null || traffic.Any(step => step.Action == TrafficActions.Promote))
        {
            return ScenarioVerdict.Fail(Name, "the ledger does not show a canary step, a failed analysis and an abort: " +
                string.Join(", ", traffic.Select(step => step.Action + (step.Verdict is null ? "" : " " + step.Verdict))));
        }

        if (abort.Weights.FirstOrDefault(weight => weight.Version == aborted.Version)?.Percent is not 0
            || abort.Weights.FirstOrDefault(weight => weight.Version == good.Version)?.Percent is not 100)
        {
            return ScenarioVerdict.Fail(Name, $"after the abort the weights are {Weights(abort)}; expected {good.Version} at 100%, {aborted.Version} at 0%");
        }

        var canaryRate = aborted.Measurements.GetValueOrDefault("canary.error rate.percent", double.NaN);
        var stableRate = aborted.Measurements.GetValueOrDefault("stable.error rate.percent", double.NaN);
        if (!(canaryRate > stableRate))
        {
            return ScenarioVerdict.Fail(Name, $"the aborted record does not show the canary's error rate over the stable version's (canary {canaryRate}, stable {stableRate})");
        }

        if (ledger.RunsAfter(Environment) != good.Version)
        {
            return ScenarioVerdict.Fail(Name, $"the ledger says the service runs {ledger.RunsAfter(Environment)}; expected {good.Version}");
        }

        var served = await ServiceCheck.ReadAsync(context.Servers.Url(Environment), orders: 20);
        if (served.Version != good.Version || served.FailedOrders > 0)
        {
            return ScenarioVerdict.Fail(Name, $"after the abort nginx serves {served.Version ?? "nothing"} with {served.FailedOrders} of {served.Orders} orders failed; expected {good.Version} and none");
        }

        var percent = step.Weights.FirstOrDefault(weight => weight.Version == aborted.Version)?.Percent;
        return ScenarioVerdict.Pass(Name, string.Create(CultureInfo.InvariantCulture,
            $"{good.Version} validated in the service's slots; {aborted.Version}'s canary at {percent}% failed its analysis (error rate: canary {canaryRate:0.#}%, stable {stableRate:0.#}%) and was aborted automatically: weights {Weights(abort)}, nginx serves {served.Version} again ({served.Orders - served.FailedOrders}/{served.Orders} orders answered); exit code {ExitCodes.TaskFailed}, as expected"));
    }

    private static string Weights(TrafficStep step) =>
        string.Join(", ", step.Weights.Select(weight => string.Create(CultureInfo.InvariantCulture, $"{weight.Version ?? "empty"} {weight.Percent}%")));
}
