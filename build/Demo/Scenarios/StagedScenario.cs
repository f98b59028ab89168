using Liftoff.Deploy.Promotion;
using Liftoff.Records.Ledger;

namespace Build.Demo.Scenarios;

/// <summary>
/// The mission's staged deployment: Deploy-Test runs the whole pipeline (gates, build, release of the first version,
/// deploy, validation); then the same build goes to staging and to production with <c>--artifact</c>, each accepted
/// only because the environment before it validated that exact archive (sha256). This also puts 1.0.0 in production,
/// which the later scenarios start from.
/// </summary>
internal sealed class StagedScenario : IScenario
{
    private const string Manifest = "artifacts/manifest.json";

    public string Name => "Staged";

    public IReadOnlyList<string> Story =>
    [
        "Deploy to test first: Deploy-Test runs the whole pipeline (Pre-Deploy-Checks, Build-Production, Check-Build, Release) and validates test.",
        $"Then the same build: Deploy-Staging and Deploy-Production with --artifact={Manifest}, which skip build and release;",
        "each is let in only because the environment before it validated that archive, matched by sha256 in the ledger.",
    ];

    public async Task<ScenarioRun> RunAsync(ScenarioContext context)
    {
        var run = new ScenarioRun();
        _ = await run.StepAsync(context.Sample, "--target=Deploy-Test")
            && await run.StepAsync(context.Sample, "--target=Deploy-Staging", $"--artifact={Manifest}")
            && await run.StepAsync(context.Sample, "--target=Deploy-Production", $"--artifact={Manifest}", "--yes");
        return run;
    }

    public Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run) => Task.FromResult(Judge(ledger, run));

    private ScenarioVerdict Judge(LedgerChange ledger, ScenarioRun run)
    {
        if (!run.AsExpected)
        {
            return ScenarioVerdict.Fail(Name, run.Unexpected);
        }

        var validated = DemoSandbox.Environments.Select(environment => ledger.AddedWith(environment, DeploymentOutcome.Validated)).ToList();
        if (validated.IndexOf(null) is var missing and >= 0)
        {
            return ScenarioVerdict.Fail(Name, $"the ledger has no validated deploy in {DemoSandbox.Environments[missing]}");
        }

        var first = validated[0]!;
        if (validated.Any(record => record!.ArtifactSha256 != first.ArtifactSha256 || record.Version != first.Version))
        {
            return ScenarioVerdict.Fail(Name, "the environments validated different archives: " +
                string.Join(", ", validated.Select(record => $"{record!.Environment} {record.Version} {PromotionCheck.Abbreviate(record.ArtifactSha256)}")));
        }

        return ScenarioVerdict.Pass(Name,
            $"{first.Version} validated in test, then staging, then production: one archive (sha256 {PromotionCheck.Abbreviate(first.ArtifactSha256)}), promoted by checksum");
    }
}
