using Liftoff.Deploy.Promotion;
using Liftoff.Records.Ledger;
using Semver;

namespace Build.Demo.Scenarios;

/// <summary>
/// The mission's standard production deployment: a <c>feat</c> commit becomes a minor release, validated in
/// production. The sample's production promotes from staging, which promotes from test, so the deploy goes through
/// that chain: Deploy-Test runs the pipeline once (gates, build, release), and Promote moves the same archive to
/// staging, then to production, each validated before the next.
/// </summary>
internal sealed class StandardScenario : IScenario
{
    public string Name => "Standard";

    public IReadOnlyList<string> Story =>
    [
        "A feat commit, then a deploy to production. Production promotes from staging, and staging from test (liftoff.json), so",
        "production cannot take a build nobody validated: Deploy-Test runs the pipeline once (gates, build, a minor release),",
        "then Promote --from=test --to=staging and Promote --from=staging --to=production move that same archive, validated at each step.",
    ];

    public async Task<ScenarioRun> RunAsync(ScenarioContext context)
    {
        var page = await context.ReadAsync("src/static/index.html");
        await context.CommitAsync("feat(page): a footer naming the pipeline that deployed the page", new Dictionary<string, string>
        {
            ["src/static/index.html"] = page.Replace("</body>",
                "  <footer>Deployed by Liftoff: test, then staging, then production.</footer>\n</body>", StringComparison.Ordinal),
        });
        var run = new ScenarioRun();
        _ = await run.StepAsync(context.Sample, "--target=Deploy-Test")
            && await run.StepAsync(context.Sample, "--target=Promote", "--from=test", "--to=staging")
            && await run.StepAsync(context.Sample, "--target=Promote", "--from=staging", "--to=production", "--yes");
        return run;
    }

    public Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run) => Task.FromResult(Judge(ledger, run));

    private ScenarioVerdict Judge(LedgerChange ledger, ScenarioRun run)
    {
        if (!run.AsExpected)
        {
            return ScenarioVerdict.Fail(Name, run.Unexpected);
        }

        var before = ledger.RanBefore("production");
        var production = ledger.AddedWith("production", DeploymentOutcome.Validated);
        if (before is null || production is null)
        {
            return ScenarioVerdict.Fail(Name, $"the ledger shows {(before is null ? "nothing in production before" : "no validated deploy in production")}");
        }

        var previous = SemVersion.Parse(before);
        var version = SemVersion.Parse(production.Version);
        if (version.Major != previous.Major || version.Minor != previous.Minor + 1 || version.Patch != 0)
        {
            return ScenarioVerdict.Fail(Name, $"production went from {before} to {version}, which is not the next minor release");
        }

        foreach (var environment in new[] { "test", "staging" })
        {
            if (ledger.AddedWith(environment, DeploymentOutcome.Validated) is not { } record || record.ArtifactSha256 != production.ArtifactSha256)
            {
                return ScenarioVerdict.Fail(Name, $"{environment} did not validate the archive production runs");
            }
        }

        return ScenarioVerdict.Pass(Name,
            $"feat → {version} (minor over {before}), one archive (sha256 {PromotionCheck.Abbreviate(production.ArtifactSha256)}) through test → staging → production, validated in production");
    }
}
