using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Journal;
using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Deploy.Promotion;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;
using Liftoff.Records.Locks;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// One deploy of a verified artifact to one environment, in the order that keeps failures cheap: verify the archive,
/// check promotion, confirm (all before anything is touched), take the lock, prepare, publish the marker, switch,
/// record, and release the lock whatever happened. <c>Deploy-&lt;Env&gt;</c> and <c>Promote</c> both use it.
/// </summary>
public sealed class EnvironmentDeployer(EnvironmentServices services, IConfirmation confirmation, IRunJournal journal) // Liftoff.Journal: journal
{
    /// <summary>Deploys the artifact whose manifest is <paramref name="manifestPath"/>; with <paramref name="dryRun"/> only reports.</summary>
    public async Task DeployAsync(ICakeContext context, EnvironmentOptions environment, string manifestPath, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        var skipPromotion = DeployArguments.Flag(context, "skip-promotion-check");
        var reason = DeployArguments.Value(context, "reason");
        if (skipPromotion && string.IsNullOrWhiteSpace(reason))
        {
            throw new LiftoffException(DiagnosticCodes.DeployArgumentMissing, ExitCodes.BadInput,
                "--skip-promotion-check needs --reason=\"...\": the waiver is recorded in the ledger with its reason");
        }

        // A misconfigured target is found before anything is read, locked or touched.
        var target = services.Target(context, environment);
        var artifact = await ArtifactReader.OpenAsync(Path.GetFullPath(manifestPath, EnvironmentServices.Working(context))).ConfigureAwait(false);
        var sha256 = artifact.Manifest.Archive.Sha256;
        context.Log.Information("Artifact {0} (sha256 {1}) from {2}", artifact.Manifest.Identity, PromotionCheck.Abbreviate(sha256), artifact.ManifestPath);

        var ledger = services.Ledger(context);
        var records = await ledger.ReadAllAsync().ConfigureAwait(false);
        var verdict = PromotionCheck.Evaluate(records, environment.Name, environment.PromotesFrom, artifact.Manifest.Identity, sha256);
        var waivers = new List<Waiver>();
        if (verdict.Allowed)
        {
            context.Log.Information("Promotion: {0}", verdict.Explanation);
        }
        else if (skipPromotion)
        {
            context.Log.Warning("Promotion check waived ({0}): {1}", reason!, verdict.Explanation);
            waivers.Add(new Waiver("promotion", reason!));
        }
        else if (!dryRun)
        {
            throw new LiftoffException(DiagnosticCodes.PromotionRefused, ExitCodes.TaskFailed, verdict.Explanation);
        }
        else
        {
            context.Log.Warning("Promotion would be refused: {0}", verdict.Explanation);
        }

        var locks = services.Locks(context);
        if (dryRun)
        {
            await ReportDryRunAsync(context, environment, target, locks).ConfigureAwait(false);
            return;
        }

        await ConfirmAsync(context, environment, artifact).ConfigureAwait(false);

        var held = await locks.AcquireAsync(environment.Name, services.RunId(context)).ConfigureAwait(false);
        try
        {
            await journal.RecordAsync(context, DeployStarted.Of(environment, artifact, LedgerQueries.Current(records, environment.Name))).ConfigureAwait(false); // Liftoff.Journal
            await SwitchAndRecordAsync(context, environment, target, artifact, ledger, waivers).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(context, locks, held).ConfigureAwait(false);
        }
    }

    private async Task SwitchAndRecordAsync(
        ICakeContext context, EnvironmentOptions environment, Liftoff.Deploy.IDeployTarget target, Artifact artifact, DeploymentLedger ledger, List<Waiver> waivers)
    {
        var started = services.Time.GetUtcNow();
        var record = new DeploymentRecord
        {
            Id = DeploymentLedger.NewId(),
            Environment = environment.Name,
            Version = artifact.Manifest.Version,
            Commit = artifact.Manifest.Commit,
            ArtifactSha256 = artifact.Manifest.Archive.Sha256,
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = started,
            Outcome = DeploymentOutcome.Deployed,
            Waivers = waivers,
        };
        Liftoff.Deploy.SwitchResult switched;
        try
        {
            var prepared = await target.PrepareAsync(artifact).ConfigureAwait(false);
            await target.PublishMarkerAsync(prepared).ConfigureAwait(false);
            switched = await target.SwitchAsync(prepared).ConfigureAwait(false);
        }
        catch (LiftoffException error)
        {
            await ledger.AppendAsync(record with { Outcome = DeploymentOutcome.Failed, EndedAt = services.Time.GetUtcNow() }).ConfigureAwait(false);
            await journal.RecordAsync(context, new DeployFailed(environment.Name, record.Version, error.Message)).ConfigureAwait(false); // Liftoff.Journal
            throw;
        }

        await journal.RecordAsync(context, new DeploySwitched(environment.Name, record.Version, switched.From, switched.Elapsed)).ConfigureAwait(false); // Liftoff.Journal

        var milliseconds = switched.Elapsed.TotalMilliseconds;
        await ledger.AppendAsync(record with
        {
            EndedAt = services.Time.GetUtcNow(),
            Measurements = new Dictionary<string, double> { ["switchMs"] = Math.Round(milliseconds, 3) },
        }).ConfigureAwait(false);
        context.Log.Information(string.Create(CultureInfo.InvariantCulture,
            $"Deploy   {environment.Name} ← {artifact.Manifest.Identity} (sha256 {PromotionCheck.Abbreviate(artifact.Manifest.Archive.Sha256)}) · from {switched.From ?? "nothing"} to {switched.To} · switched in {milliseconds:0.###} ms"));
        if (switched.Pruned.Count > 0)
        {
            context.Log.Verbose("Pruned {0}", string.Join(", ", switched.Pruned));
        }

        context.Log.Information("Rollback: ./build.sh --target={0}", EnvironmentServices.TaskName("Rollback", environment.Name));
    }

    /// <summary>
    /// A protected environment needs a yes. <c>--yes</c> gives it; on a terminal the person is asked; without one (or
    /// with <c>CI=true</c>) only <c>confirm: false</c> in the configuration lets the deploy go on. Runs before the lock.
    /// </summary>
    private async Task ConfirmAsync(ICakeContext context, EnvironmentOptions environment, Artifact artifact)
    {
        if (!environment.Protected || DeployArguments.Flag(context, "yes"))
        {
            return;
        }

        var ci = string.Equals(context.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (ci || !confirmation.IsInteractive)
        {
            if (!environment.Confirm)
            {
                context.Log.Information("{0} is protected; environments.{0}.confirm is false, so no confirmation is asked", environment.Name);
                return;
            }

            throw new LiftoffException(DiagnosticCodes.ConfirmationRefused, ExitCodes.BadInput,
                $"{environment.Name} is protected and {(ci ? "CI=true" : "there is no terminal to ask on")}: pass --yes to confirm the deploy of {artifact.Manifest.Identity} " +
                $"(or set environments.{environment.Name}.confirm to false). Nothing was changed; the lock was not taken.");
        }

        if (!await confirmation.AskAsync($"Deploy {artifact.Manifest.Identity} to {environment.Name}?").ConfigureAwait(false))
        {
            throw new LiftoffException(DiagnosticCodes.ConfirmationRefused, ExitCodes.TaskFailed,
                $"the deploy of {artifact.Manifest.Identity} to {environment.Name} was not confirmed. Nothing was changed.");
        }
    }

    private static async Task ReportDryRunAsync(ICakeContext context, EnvironmentOptions environment, Liftoff.Deploy.IDeployTarget target, DeployLock locks)
    {
        var status = await locks.InspectAsync(environment.Name).ConfigureAwait(false);
        context.Log.Information("Lock: {0}", status is null
            ? $"{environment.Name} is not locked; a deploy would take {locks.RefNameFor(environment.Name)}"
            : $"{environment.Name} is locked by {status.Holder.User}@{status.Holder.Host} since {status.Holder.AcquiredAt:u}{(status.IsStale ? " (stale)" : "")}");
        var current = await target.CurrentAsync().ConfigureAwait(false);
        context.Log.Information("Target: {0} ({1}); serves {2} now", environment.Target.Type, string.Join(", ", environment.Target.Settings.Select(s => $"{s.Key}={s.Value}")), current?.Id ?? "nothing");
        context.Log.Information("Confirmation: {0}", environment.Protected ? "needed (protected): --yes, a terminal prompt, or confirm: false" : "not needed");
        context.Log.Information("Dry run: nothing was prepared, switched, locked or recorded.");
    }

    internal static async Task ReleaseAsync(ICakeContext context, DeployLock locks, HeldLock held)
    {
        try
        {
            if (!await locks.ReleaseAsync(held).ConfigureAwait(false))
            {
                context.Log.Warning("The lock {0} was no longer ours (forced away?); left as it is.", held.RefName);
            }
        }
        catch (LiftoffException error)
        {
            context.Log.Error("Could not release the lock {0}: {1}. Remove it with Unlock-<Env> --force.", held.RefName, error.Message);
        }
    }
}
