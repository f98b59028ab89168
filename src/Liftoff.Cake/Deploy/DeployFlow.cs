using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Journal;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// A deploy that ends validated or rolled back: plan (promotion, confirmation), take the lock, switch, validate; on a
/// pass record the verdict with its values; on a failure record every failed check with its measured value, switch back
/// to the previous good version, validate that with the same checks, record it with the recovery time, and end the run
/// non-zero with a last line that says "rolled back to X". When the restored version is not verified either, the run
/// says so loudly and exits with <see cref="ExitCodes.RollbackFailed"/>. The lock is taken once and released in a
/// finally, so the rollback runs under the same hold and no path leaves it behind.
/// </summary>
public sealed class DeployFlow(
    EnvironmentDeployer deployer, EnvironmentValidator validator, EnvironmentRollback rollback, EnvironmentServices services, RunSummary summary, IRunJournal journal)
{
    /// <summary>Deploys <paramref name="manifestPath"/> to <paramref name="environment"/>; with <paramref name="dryRun"/> only reports.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.ValidationFailedRolledBack"/> (exit 1) after a verified rollback;
    /// <see cref="DiagnosticCodes.RollbackFailed"/> (exit 4) when the rollback did not restore a verified version;
    /// <see cref="DiagnosticCodes.ValidationFailedNotRolledBack"/> (exit 1) when rolling back was turned off.
    /// </exception>
    public async Task RunAsync(ICakeContext context, EnvironmentOptions environment, string manifestPath, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        var started = services.Time.GetTimestamp();
        var plan = await deployer.PlanAsync(context, environment, manifestPath, dryRun).ConfigureAwait(false);
        if (plan is null)
        {
            context.Log.Information("Then: {0}; on a failure: {1}.", DescribeValidation(environment), RollsBack(context, environment)
                ? "roll back to the previous good version and validate it the same way" : "no rollback (--no-rollback or validation.rollbackOnFailure is false)");
            return;
        }

        var locks = services.Locks(context);
        var held = await locks.AcquireAsync(environment.Name, services.RunId(context)).ConfigureAwait(false);
        try
        {
            var deployed = await deployer.SwitchAsync(context, plan).ConfigureAwait(false);
            var validationStarted = services.Time.GetUtcNow();
            var report = await validator.CheckAsync(context, environment, plan.Artifact.Marker, "Validate " + environment.Name).ConfigureAwait(false);
            var failedAt = services.Time.GetTimestamp();
            var record = validator.Record(context, deployed, report, validationStarted);
            await journal.RecordAsync(context, ValidationFinished.Of(environment.Name, deployed.Version, report)).ConfigureAwait(false);
            if (report is null || !report.Failed)
            {
                if (report is not null)
                {
                    await services.Ledger(context).AppendAsync(record).ConfigureAwait(false);
                }

                Succeeded(context, plan, report, services.Time.GetElapsedTime(started));
                return;
            }

            // A ledger that cannot be written must not keep a failed version served: say so, and roll back anyway.
            try
            {
                await services.Ledger(context).AppendAsync(record).ConfigureAwait(false);
            }
            catch (LiftoffException error)
            {
                context.Log.Error("Could not record the failure of {0} in the ledger; rolling back anyway: {1}", record.Version, error.Message);
            }

            await RecoverAsync(context, environment, plan, report, failedAt).ConfigureAwait(false);
        }
        finally
        {
            await EnvironmentDeployer.ReleaseAsync(context, locks, held).ConfigureAwait(false);
        }
    }

    private async Task RecoverAsync(ICakeContext context, EnvironmentOptions environment, DeployPlan plan, ValidationReport report, long failedAt)
    {
        var version = plan.Artifact.Manifest.Version;
        var findings = "\n  " + string.Join("\n  ", report.Findings);
        if (!RollsBack(context, environment))
        {
            summary.SetClosingLine(Invariant(
                $"Liftoff: failed (exit code {ExitCodes.TaskFailed}): {version} failed validation in {environment.Name} and stays served (no rollback); roll back with ./build.sh --target={EnvironmentServices.TaskName("Rollback", environment.Name)}"));
            throw new LiftoffException(DiagnosticCodes.ValidationFailedNotRolledBack, ExitCodes.TaskFailed,
                $"{version} failed validation in {environment.Name} and stays served: the rollback is off (--no-rollback or validation.rollbackOnFailure is false). {report.Summary}{findings}");
        }

        RollbackResult result;
        try
        {
            var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
            var (current, destination) = EnvironmentRollback.Choose(records, environment, wanted: null);
            context.Log.Warning("{0} failed validation in {1}: rolling back to {2}.", version, environment.Name, destination.Version);
            result = await rollback.RollBackAsync(context, environment, current, destination, failedAt).ConfigureAwait(false);
        }
        catch (LiftoffException error)
        {
            throw Escalate(context, environment, version, null, error.Message, findings);
        }

        if (!result.Verified)
        {
            throw Escalate(context, environment, version, result.To, result.Problem!, findings);
        }

        var recovery = Measure(result.Recovery);
        context.Log.Information("Recovery: {0} served and verified in {1} ({2} after the failing verdict of {3}; recorded in the ledger as its recovery time)",
            result.To, environment.Name, recovery, version);
        summary.SetClosingLine(Invariant(
            $"Liftoff: failed (exit code {ExitCodes.TaskFailed}): {version} failed validation in {environment.Name} · recovered in {recovery} · rolled back to {result.To}"));
        throw new LiftoffException(DiagnosticCodes.ValidationFailedRolledBack, ExitCodes.TaskFailed,
            $"{version} failed validation in {environment.Name}: {report.Summary}{findings}\n" +
            $"Rolled back to {result.To}: served and verified, recovered in {recovery}.");
    }

    // The mission's "rollback failure: escalate": loud in the log, a distinct exit code, and a last line that says so.
    private LiftoffException Escalate(ICakeContext context, EnvironmentOptions environment, string version, string? to, string problem, string findings)
    {
        var where = to is null ? "the automatic rollback could not run" : $"the rollback to {to} is not verified";
        context.Log.Error("!!! ROLLBACK FAILED in {0}: {1} failed validation and {2}.", environment.Name, version, where);
        context.Log.Error("!!! {0}", problem);
        context.Log.Error("!!! {0} needs a person now: see ./build.sh --target=Status and --target=Ledger; Rollback-{1} --to=VERSION picks another version.",
            environment.Name, char.ToUpperInvariant(environment.Name[0]) + environment.Name[1..]);
        summary.SetClosingLine(Invariant(
            $"Liftoff: ROLLBACK FAILED (exit code {ExitCodes.RollbackFailed}): {version} failed validation in {environment.Name} and {where}"));
        return new LiftoffException(DiagnosticCodes.RollbackFailed, ExitCodes.RollbackFailed,
            $"{version} failed validation in {environment.Name} and {where}: {problem}{findings}");
    }

    private void Succeeded(ICakeContext context, DeployPlan plan, ValidationReport? report, TimeSpan elapsed)
    {
        var environment = plan.Environment;
        var state = report?.Verdict switch
        {
            null => "deployed (not validated: no URL, or validation is off)",
            ValidationVerdict.Pass => "validated",
            ValidationVerdict.Degraded => "DEGRADED (kept, recorded): " + report.Reason,
            _ => "validation INCONCLUSIVE (kept: validation.inconclusiveAsFail is false): " + report.Reason,
        };
        if (report?.Verdict is ValidationVerdict.Degraded or ValidationVerdict.Inconclusive)
        {
            context.Log.Warning("{0} {1} in {2}: {3}", plan.Artifact.Manifest.Identity, report.Verdict.Word(), environment.Name, report.Reason ?? report.Summary);
        }

        summary.SetClosingLine(Invariant(
            $"Liftoff: {plan.Artifact.Manifest.Identity} live in {environment.Name} · {state} · {Measure(elapsed)} · rollback: ./build.sh --target={EnvironmentServices.TaskName("Rollback", environment.Name)}"));
    }

    private static bool RollsBack(ICakeContext context, EnvironmentOptions environment) =>
        environment.Validation.RollbackOnFailure && !DeployArguments.Flag(context, "no-rollback");

    private static string DescribeValidation(EnvironmentOptions environment) =>
        environment.Url is null || !environment.Validation.Enabled
            ? "no validation (no URL, or validation.enabled is false)"
            : Invariant($"validate {environment.Url} (readiness, then {environment.Validation.Rounds} round(s) of the declared checks)");

    private static string Measure(TimeSpan elapsed) =>
        elapsed.TotalSeconds >= 1 ? Invariant($"{elapsed.TotalSeconds:0.0} s") : Invariant($"{elapsed.TotalMilliseconds:0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
