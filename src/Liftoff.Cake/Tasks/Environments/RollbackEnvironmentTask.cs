using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Rollback-&lt;Env&gt;</c>: one switch back to the previous successful version in the ledger (never one marked bad),
/// or to <c>--to=VERSION</c>, under the environment's lock; then the restored version is verified with the same checks
/// as a deploy (or its marker read back when there is no URL) and the rollback is recorded. An unverified rollback
/// ends the run with <see cref="ExitCodes.RollbackFailed"/>.
/// </summary>
[TaskTemplate]
public sealed class RollbackEnvironmentTask(EnvironmentServices services, EnvironmentRollback rollback, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        var (current, destination) = EnvironmentRollback.Choose(records, options, DeployArguments.Value(context, "to"));
        var locks = services.Locks(context);
        var held = await locks.AcquireAsync(options.Name, services.RunId(context)).ConfigureAwait(false);
        try
        {
            var result = await rollback.RollBackAsync(context, options, current, destination).ConfigureAwait(false);
            if (!result.Verified)
            {
                throw new LiftoffException(DiagnosticCodes.RollbackFailed, ExitCodes.RollbackFailed,
                    $"rolled {options.Name} back to {destination.Version}, but it is not verified: {result.Problem}");
            }
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
        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        var (current, destination) = EnvironmentRollback.Choose(records, options, DeployArguments.Value(context, "to"));
        context.Log.Information("Would roll {0} back from {1} to {2} (release {3}) in one switch, then verify it{4}.",
            options.Name, current?.Version ?? "?", destination.Version, DeployTargetFactory.ReleaseIdFor(options, destination.Version, destination.Commit),
            options.Url is null || !options.Validation.Enabled ? " by reading its marker back" : " with the declared checks");
    }
}
