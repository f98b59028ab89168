using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Build.Demo.Scenarios;

/// <summary>
/// The mission's deployment with rollback: a release that breaks signing in (the session hands out a new token that
/// <c>/api/me/&lt;token&gt;.json</c> does not answer for) passes its build and tests, is deployed to production, fails the
/// sign-in critical path, and is rolled back to the previous good version automatically, which is validated again.
/// The run exits non-zero (1), which is what this scenario expects; 4 would mean the rollback was not verified.
/// </summary>
internal sealed class RollbackScenario : IScenario
{
    private const string Reason = "demo: straight to production to show its automatic rollback; staging's sign-in check would have stopped this release";

    public string Name => "With rollback";

    public IReadOnlyList<string> Story =>
    [
        "A commit that breaks signing in: /api/session.json hands out a new token that /api/me/<token>.json does not answer for.",
        "Build and tests pass; Deploy-Production releases it, deploys it, and its validation fails the sign-in critical path.",
        "Staging runs the same check and would have stopped this release, so the scenario skips the promotion check on purpose,",
        "with a reason the ledger keeps as a waiver. Expected: automatic rollback to the previous version, verified, exit code 1.",
    ];

    public async Task<ScenarioRun> RunAsync(ScenarioContext context)
    {
        await context.CommitAsync("feat(auth): rotate the demo session token", new Dictionary<string, string>
        {
            ["src/static/api/session.json"] = "{ \"token\": \"demo-2b8e41\", \"expires\": \"2099-01-01T00:00:00Z\" }\n",
        });
        var run = new ScenarioRun();
        await run.StepAsync(context.Sample, new Dictionary<string, string?>(), ExitCodes.TaskFailed,
            "--target=Deploy-Production", "--yes", "--skip-promotion-check", $"--reason={Reason}");
        return run;
    }

    public Task<ScenarioVerdict> JudgeAsync(ScenarioContext context, LedgerChange ledger, ScenarioRun run) => Task.FromResult(Judge(ledger, run));

    private ScenarioVerdict Judge(LedgerChange ledger, ScenarioRun run)
    {
        var exitCode = run.Steps.Single().ExitCode;
        if (!run.AsExpected)
        {
            return ScenarioVerdict.Fail(Name, exitCode switch
            {
                0 => "the broken release passed validation in production (exit code 0)",
                ExitCodes.RollbackFailed => "the release failed validation and the rollback was NOT verified (exit code 4)",
                _ => run.Unexpected,
            });
        }

        var good = ledger.RanBefore("production");
        var failed = ledger.AddedWith("production", DeploymentOutcome.Failed);
        var rolledBack = ledger.AddedWith("production", DeploymentOutcome.RolledBack);
        var deployed = ledger.AddedWith("production", DeploymentOutcome.Deployed);
        if (good is null || failed is null || rolledBack is null || deployed is null)
        {
            return ScenarioVerdict.Fail(Name, "the ledger lacks one of: the previous version, the deploy, the failed validation, the rollback");
        }

        if (rolledBack.RolledBackFrom != failed.Version || rolledBack.RolledBackTo != good || ledger.RunsAfter("production") != good)
        {
            return ScenarioVerdict.Fail(Name, $"production was rolled back from {rolledBack.RolledBackFrom} to {rolledBack.RolledBackTo}; expected {failed.Version} to {good}");
        }

        if (rolledBack.Measurements.GetValueOrDefault("rollback.verified") != 1 || failed.Findings.Count == 0)
        {
            return ScenarioVerdict.Fail(Name, "the ledger does not show the failed checks and a verified rollback");
        }

        if (!deployed.Waivers.Any(waiver => waiver.Check == "promotion" && waiver.Reason == Reason))
        {
            return ScenarioVerdict.Fail(Name, "the skipped promotion check is not recorded as a waiver");
        }

        var recovery = rolledBack.Measurements.TryGetValue("recoverySeconds", out var seconds)
            ? string.Create(CultureInfo.InvariantCulture, $", recovered in {seconds:0.0} s") : "";
        return ScenarioVerdict.Pass(Name,
            $"{failed.Version} failed validation in production ({Short(failed.Findings[0])}), rolled back to {good} automatically and verified{recovery}; exit code {ExitCodes.TaskFailed}, as expected");
    }

    // "round 1: ✗ sign in: step 2/2 GET /api/me/{token}.json: 404 in 52 ms — status 404, ..." → the check and what it got.
    private static string Short(string finding)
    {
        var check = finding.Contains("✗ ", StringComparison.Ordinal) ? finding[(finding.IndexOf("✗ ", StringComparison.Ordinal) + 2)..] : finding;
        var dash = check.IndexOf(" — ", StringComparison.Ordinal);
        return (dash < 0 ? check : check[..dash]).Trim();
    }
}
