using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Validation;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// One switch back to a version the ledger says was good, then proof that it is served and healthy: the same declared
/// checks as after a deploy when the environment has a URL (readiness waits for the restored marker), or the marker read
/// back otherwise. The rollback is recorded either way, with what the verification found. The caller holds the lock, so
/// <c>Rollback-&lt;Env&gt;</c> and the automatic rollback of <see cref="DeployFlow"/> share one path and one lock rule.
/// </summary>
public sealed class EnvironmentRollback(EnvironmentServices services, EnvironmentValidator validator)
{
    /// <summary>
    /// What the environment runs now and where a rollback goes: <paramref name="wanted"/> when given (it must have run
    /// successfully and not be marked bad), otherwise the newest successful version other than the current one that is
    /// not marked bad.
    /// </summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.NoRollbackTarget"/> when there is nowhere to go.</exception>
    public static (DeploymentRecord? Current, DeploymentRecord Destination) Choose(
        IReadOnlyList<DeploymentRecord> records, EnvironmentOptions environment, string? wanted)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(environment);
        var current = LedgerQueries.Current(records, environment.Name);
        var successful = LedgerQueries.History(records, environment.Name)
            .Where(record => record.Outcome is DeploymentOutcome.Deployed or DeploymentOutcome.Validated)
            .ToList();
        if (wanted is not null)
        {
            var asked = successful.FirstOrDefault(record => record.Version == wanted)
                ?? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.BadInput,
                    $"{environment.Name} never ran {wanted} successfully; versions it ran: {string.Join(", ", successful.Select(r => r.Version).Distinct())}");
            return LedgerQueries.IsMarkedBad(records, wanted)
                ? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.BadInput,
                    $"{wanted} is marked bad in the ledger (it failed, or was rolled back from); a rollback never returns to it")
                : (current, asked);
        }

        var previous = successful.FirstOrDefault(record => record.Version != current?.Version && !LedgerQueries.IsMarkedBad(records, record.Version))
            ?? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.TaskFailed,
                $"{environment.Name} has no earlier successful version to roll back to (it runs {current?.Version ?? "nothing"}); the ledger holds: " +
                string.Join(", ", successful.Select(r => r.Version).Distinct()));
        return (current, previous);
    }

    /// <summary>
    /// Switches <paramref name="environment"/> back to <paramref name="destination"/>, verifies it and records the
    /// rollback. The caller holds the environment's lock.
    /// </summary>
    /// <param name="context">The run's context.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="current">What it ran before, if known.</param>
    /// <param name="destination">The ledger record of the version to serve again.</param>
    /// <param name="failedAt">
    /// For an automatic rollback, the timestamp (<see cref="TimeProvider.GetTimestamp"/>) of the failing verdict: the
    /// recovery time (MTTR) runs from there to the restored version served and verified.
    /// </param>
    /// <exception cref="LiftoffException">The switch itself failed (for example the release is gone); nothing is recorded.</exception>
    public async Task<RollbackResult> RollBackAsync(
        ICakeContext context, EnvironmentOptions environment, DeploymentRecord? current, DeploymentRecord destination, long? failedAt = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(destination);
        var target = services.Target(context, environment);
        var started = services.Time.GetUtcNow();
        var clock = failedAt ?? services.Time.GetTimestamp();
        var switched = await target.RollbackAsync(DeployTargetFactory.ReleaseIdFor(environment, destination.Version, destination.Commit)).ConfigureAwait(false);
        var (report, served, problem) = await VerifyAsync(context, environment, target, destination).ConfigureAwait(false);
        var recovery = services.Time.GetElapsedTime(clock);

        var measurements = EnvironmentValidator.Measurements(report, "rollback.validation");
        measurements["switchMs"] = Math.Round(switched.Elapsed.TotalMilliseconds, 3);
        measurements["rollback.verified"] = problem is null ? 1 : 0;
        if (failedAt is not null && problem is null)
        {
            measurements["recoverySeconds"] = Math.Round(recovery.TotalSeconds, 3);
        }

        var record = new DeploymentRecord
        {
            Id = DeploymentLedger.NewId(),
            Environment = environment.Name,
            Version = destination.Version,
            Commit = destination.Commit,
            ArtifactSha256 = destination.ArtifactSha256,
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            EndedAt = services.Time.GetUtcNow(),
            Outcome = DeploymentOutcome.RolledBack,
            RolledBackFrom = current?.Version,
            RolledBackTo = destination.Version,
            Measurements = measurements,
            Findings = [.. (problem is null ? [] : new[] { problem }), .. report?.Findings ?? []],
        };
        await services.Ledger(context).AppendAsync(record).ConfigureAwait(false);
        context.Log.Information(string.Create(CultureInfo.InvariantCulture,
            $"Rollback {environment.Name}: {current?.Version ?? "?"} → {destination.Version} · switched in {switched.Elapsed.TotalMilliseconds:0.###} ms · serves {served}{(problem is null ? " · verified" : " · NOT verified")}"));
        return new RollbackResult(current?.Version, destination.Version, record, report, problem, recovery);
    }

    // With a URL and validation on, the restored version goes through the same checks as a deploy; readiness waits for
    // the marker the target now holds. Otherwise the marker read back (over HTTP, or from the target) must name it.
    private async Task<(ValidationReport? Report, string Served, string? Problem)> VerifyAsync(
        ICakeContext context, EnvironmentOptions environment, IDeployTarget target, DeploymentRecord destination)
    {
        try
        {
            var held = (await target.CurrentAsync().ConfigureAwait(false))?.Marker;
            if (environment.Url is not null && environment.Validation.Enabled)
            {
                var expected = held ?? (await services.Markers.ReadAsync(environment, target).ConfigureAwait(false)).Marker;
                if (expected is not null && expected.Version == destination.Version)
                {
                    var report = await validator.CheckAsync(context, environment, expected, $"Verify rollback of {environment.Name}").ConfigureAwait(false);
                    var served = report?.Readiness.Served?.Version ?? "?";
                    return report is null || report.Passed
                        ? (report, served, null)
                        : (report, served, $"the validation of {destination.Version} after the rollback gave {report.Verdict.Word()}: {report.Summary}");
                }
            }

            var (_, version, source) = await services.Markers.ReadAsync(environment, target).ConfigureAwait(false);
            return version == destination.Version
                ? (null, version, null)
                : (null, version, $"rolled {environment.Name} back to {destination.Version}, but {source} still says {version}");
        }
        catch (LiftoffException error)
        {
            return (null, "?", error.Message);
        }
    }
}
