using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Deploy;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Unlock-&lt;Env&gt;</c>: shows who holds the environment's deploy lock; with <c>--force</c> removes it, for a
/// lock left behind by a crashed run.
/// </summary>
[TaskTemplate]
public sealed class UnlockEnvironmentTask(EnvironmentServices services, string environment) : AsyncBuildTask
{
    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = services.Find(environment);
        var locks = services.Locks(context);
        var status = await locks.InspectAsync(options.Name).ConfigureAwait(false);
        if (status is null)
        {
            context.Log.Information("{0} is not locked.", options.Name);
            return;
        }

        var holder = status.Holder;
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{options.Name} is locked by {holder.User}@{holder.Host} (pid {holder.ProcessId}, run {holder.RunId}) since {holder.AcquiredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss'Z'}{(status.IsStale ? $", stale (older than its TTL of {holder.Ttl.TotalMinutes:0.#} min)" : "")}");
        if (!DeployArguments.Flag(context, "force"))
        {
            throw new LiftoffException(DiagnosticCodes.LockHeld, ExitCodes.BadInput,
                $"{description}. Make sure that run is gone, then remove the lock with --target={EnvironmentServices.TaskName("Unlock", options.Name)} --force.");
        }

        var removed = await locks.ForceUnlockAsync(options.Name).ConfigureAwait(false);
        context.Log.Information(removed is null ? "{0} was unlocked meanwhile." : "Removed the lock: {0}.", description);
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = await services.Locks(context).InspectAsync(services.Find(environment).Name).ConfigureAwait(false);
        context.Log.Information(status is null ? "{0} is not locked." : "Would remove the lock of {0} (with --force).", environment);
    }
}
