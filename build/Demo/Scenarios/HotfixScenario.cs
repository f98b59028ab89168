using Cake.Core.Diagnostics;
using Liftoff.Gates;
using Liftoff.Records.Ledger;
using Semver;

namespace Build.Demo.Scenarios;

/// <summary>
/// The mission's hotfix: a fix on a maintenance branch cut at the tag of what production runs (for example 1.1.x from
/// v1.1.0), released as a patch. <c>--hotfix --reason</c> waives the review, and only the review: the tests still run.
/// It goes through test and staging like any release (each is a few seconds here), so the hotfix skips no validation.
/// </summary>
internal sealed class HotfixScenario : IScenario
{
    private const string Reason = "critical auth bug: expired sessions were accepted";

    public string Name => "Hotfix";

    public IReadOnlyList<string> Story =>
    [
        "A fix on a hotfix branch cut at the tag production runs (a maintenance branch such as 1.1.x, so it releases a patch).",
        $"Deploy-Test --hotfix --reason=\"{Reason}\" waives the review, with the reason recorded; the tests still run.",
        "Then Promote moves the same archive to staging and production, validated at each step.",
    ];

    public async Task<ScenarioRun> RunAsync(ScenarioContext context)
    {
        var records = await LedgerChange.ReadAsync(context.Sandbox);
        var production = SemVersion.Parse(LedgerQueries.Current(records, "production")?.Version
            ?? throw new Cake.Core.CakeException("The hotfix needs a version in production; the ledger has none."));
        var branch = $"{production.Major}.{production.Minor}.x";
        await context.GitAsync("checkout", "--quiet", "-b", branch, $"v{production}");
        context.Log.Information("Cut {0} at v{1}, the tag of what production runs", branch, production);
        var session = await context.ReadAsync("src/js/session.js");
        await context.CommitAsync("fix(auth): refuse a session token that has expired", new Dictionary<string, string>
        {
            ["src/js/session.js"] = session.Replace(
                "  const me = ",
                "  if (Date.parse(session.expires) <= Date.now()) {\n    throw new Error('signing in failed: the session has expired');\n  }\n  const me = ",
                StringComparison.Ordinal),
        });

        // The review gate stays on: --hotfix waives it (without a token it would otherwise fail).
        var waived = new Dictionary<string, string?> { ["LIFTOFF_GATES__REVIEW__ENABLED"] = null };
        var run = new ScenarioRun();
        _ = await run.StepAsync(context.Sample, waived, 0, "--target=Deploy-Test", "--hotfix", $"--reason={Reason}")
            && await run.StepAsync(context.Sample, "--target=Promote", "--from=test", "--to=staging")
            && await run.StepAsync(context.Sample, "--target=Promote", "--from=staging", "--to=production", "--yes");
        return run;
    }

    public async Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run)
    {
        if (!run.AsExpected)
        {
            return ScenarioVerdict.Fail(Name, run.Unexpected);
        }

        var before = ledger.RanBefore("production");
        var production = ledger.AddedWith("production", DeploymentOutcome.Validated);
        var built = ledger.AddedWith("test", DeploymentOutcome.Deployed);
        if (before is null || production is null || built is null || built.ArtifactSha256 != production.ArtifactSha256)
        {
            return ScenarioVerdict.Fail(Name, "the ledger does not show one archive deployed to test and validated in production");
        }

        var previous = SemVersion.Parse(before);
        var version = SemVersion.Parse(production.Version);
        if (version.Major != previous.Major || version.Minor != previous.Minor || version.Patch != previous.Patch + 1)
        {
            return ScenarioVerdict.Fail(Name, $"production went from {before} to {version}, which is not a patch release");
        }

        if (built.Commit is null || !await context.Sandbox.Git.SucceedsAsync(context.Sandbox.Origin, "merge-base", "--is-ancestor", $"v{before}", built.Commit))
        {
            return ScenarioVerdict.Fail(Name, $"the hotfix was not built from a branch cut at v{before}");
        }

        var review = built.Waivers.FirstOrDefault(waiver => waiver.Check == "Check-Review");
        var tests = built.Gates.FirstOrDefault(gate => gate.Gate == "Check-Tests");
        if (review is null || !review.Reason.Contains(Reason, StringComparison.Ordinal))
        {
            return ScenarioVerdict.Fail(Name, "the review waiver and its reason are not in the ledger");
        }

        if (tests?.Verdict != Verdict.Pass)
        {
            return ScenarioVerdict.Fail(Name, $"Check-Tests did not pass before the hotfix ({tests?.Verdict.ToString() ?? "it did not run"})");
        }

        return ScenarioVerdict.Pass(Name,
            $"{version} (patch of {before}) from a branch cut at v{before}; review waived ({review.Reason}); tests still ran ({tests.Measured}); validated in production");
    }
}
