using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Rollback-&lt;Env&gt;</c>: one switch back to the previous successful version in the ledger (never one marked bad),
/// or to <c>--to=VERSION</c>; then the version marker is read back to prove it is served, and the rollback is recorded.
/// </summary>
[TaskTemplate]
public sealed class RollbackEnvironmentTask(EnvironmentServices services, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        var target = services.Target(context, options);
        var ledger = services.Ledger(context);
        var (current, destination) = Choose(context, options, await ledger.ReadAllAsync().ConfigureAwait(false));
        var locks = services.Locks(context);
        var held = await locks.AcquireAsync(options.Name, services.RunId(context)).ConfigureAwait(false);
        try
        {
            var started = services.Time.GetUtcNow();
            var switched = await target.RollbackAsync(DeployTargetFactory.ReleaseIdFor(options, destination.Version, destination.Commit)).ConfigureAwait(false);
            var (_, served, source) = await services.Markers.ReadAsync(options, target).ConfigureAwait(false);
            if (served != destination.Version)
            {
                throw new LiftoffException(DiagnosticCodes.MarkerMismatch, ExitCodes.TaskFailed,
                    $"rolled {options.Name} back to {destination.Version}, but {source} still says {served}");
            }

            // Re-running a rollback that was interrupted after its record finds the destination already current: it
            // still rolls back from the version the first attempt left, never from the destination itself, which
            // would mark the good version bad.
            var from = current?.Version == destination.Version ? current.RolledBackFrom : current?.Version;

            await ledger.AppendAsync(new DeploymentRecord
            {
                Id = DeploymentLedger.NewId(),
                Environment = options.Name,
                Version = destination.Version,
                Commit = destination.Commit,
                ArtifactSha256 = destination.ArtifactSha256,
                Actor = EnvironmentServices.Actor(context),
                RunId = services.RunId(context),
                StartedAt = started,
                EndedAt = services.Time.GetUtcNow(),
                Outcome = DeploymentOutcome.RolledBack,
                RolledBackFrom = from,
                RolledBackTo = destination.Version,
                Measurements = new Dictionary<string, double> { ["switchMs"] = Math.Round(switched.Elapsed.TotalMilliseconds, 3) },
            }).ConfigureAwait(false);
            context.Log.Information(string.Create(CultureInfo.InvariantCulture,
                $"Rollback {options.Name}: {from ?? "?"} → {destination.Version} · switched in {switched.Elapsed.TotalMilliseconds:0.###} ms · {source} serves {served}"));
        }
        finally
        {
            await EnvironmentDeployer.ReleaseAsync(context, locks, held).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        var (current, destination) = Choose(context, options, await services.Ledger(context).ReadAllAsync().ConfigureAwait(false));
        context.Log.Information("Would roll {0} back from {1} to {2} (release {3}) in one switch, then read its marker back.",
            options.Name, current?.Version ?? "?", destination.Version, DeployTargetFactory.ReleaseIdFor(options, destination.Version, destination.Commit));
    }

    private static (DeploymentRecord? Current, DeploymentRecord Destination) Choose(
        ICakeContext context, EnvironmentOptions options, IReadOnlyList<DeploymentRecord> records)
    {
        var current = LedgerQueries.Current(records, options.Name);
        var successful = LedgerQueries.History(records, options.Name)
            .Where(record => record.Outcome is DeploymentOutcome.Deployed or DeploymentOutcome.Validated)
            .ToList();
        if (DeployArguments.Value(context, "to") is { } wanted)
        {
            var asked = successful.FirstOrDefault(record => record.Version == wanted)
                ?? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.BadInput,
                    $"{options.Name} never ran {wanted} successfully; versions it ran: {string.Join(", ", successful.Select(r => r.Version).Distinct())}");
            return LedgerQueries.IsMarkedBad(records, wanted)
                ? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.BadInput,
                    $"{wanted} is marked bad in the ledger (it failed, or was rolled back from); a rollback never returns to it")
                : (current, asked);
        }

        var previous = successful.FirstOrDefault(record => record.Version != current?.Version && !LedgerQueries.IsMarkedBad(records, record.Version))
            ?? throw new LiftoffException(DiagnosticCodes.NoRollbackTarget, ExitCodes.TaskFailed,
                $"{options.Name} has no earlier successful version to roll back to (it runs {current?.Version ?? "nothing"}); the ledger holds: " +
                string.Join(", ", successful.Select(r => r.Version).Distinct()));
        return (current, previous);
    }
}
