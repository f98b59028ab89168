using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Journal;
using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Deploy.Promotion;
using Liftoff.Deploy.Targets.NginxSlots;
using Liftoff.Diagnostics;
using Liftoff.Gates;
using Liftoff.Records.Ledger;
using Liftoff.Records.Locks;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// One deploy of a verified artifact to one environment, in the order that keeps failures cheap: verify the archive,
/// check promotion, confirm (all in <see cref="PlanAsync"/>, before anything is touched), then, under the lock the
/// caller holds, prepare, publish the marker, switch and record (<see cref="SwitchAsync"/>). <see cref="DeployFlow"/>
/// puts the two together with validation and rollback for <c>Deploy-&lt;Env&gt;</c> and <c>Promote</c>.
/// </summary>
public sealed class EnvironmentDeployer(EnvironmentServices services, DeployConsent consent, IRunJournal journal, GateReport gates)
{
    /// <summary>
    /// Everything decided before the lock: the target, the artifact checked against its manifest, promotion (or its
    /// waiver) and the confirmation. With <paramref name="dryRun"/> it reports what would happen and returns null.
    /// </summary>
    public async Task<DeployPlan?> PlanAsync(ICakeContext context, EnvironmentOptions environment, string manifestPath, bool dryRun)
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

        // A misconfigured target, or checks that could not run after the switch, are found before anything is touched.
        var target = services.Target(context, environment);
        if (environment.Validation.Enabled)
        {
            Liftoff.Validation.DeclaredChecks.ThrowIfInvalid(environment.Validation);
        }

        var artifact = await ArtifactReader.OpenAsync(Path.GetFullPath(manifestPath, EnvironmentServices.Working(context))).ConfigureAwait(false);
        var sha256 = artifact.Manifest.Archive.Sha256;
        context.Log.Information("Artifact {0} (sha256 {1}) from {2}", artifact.Manifest.Identity, PromotionCheck.Abbreviate(sha256), artifact.ManifestPath);

        var records = await services.Ledger(context).ReadAllAsync().ConfigureAwait(false);
        var verdict = PromotionCheck.Evaluate(records, environment.Name, environment.PromotesFrom, artifact.Manifest.Identity, sha256);
        // A waived gate (the review on a hotfix) is one of the deploy's waivers, with its reason.
        var waivers = gates.Results.Where(result => result.Verdict == Verdict.Waived).Select(result => new Waiver(result.Gate, result.Reason)).ToList();
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

        if (environment.Validation.PreviewUrl is { } preview && environment.Target.Type == TargetType.ReleasesDirectory)
        {
            _ = PreSwitchChecks.PreviewUrl(environment, preview, DeployTargetFactory.ReleaseIdFor(environment, artifact.Manifest.Version, artifact.Manifest.Commit), artifact.Manifest.Version);
        }
        else if (environment.Validation.PreviewUrl is not null)
        {
            context.Log.Information("validation.previewUrl is not used for a {0} target: it has no moment before the switch, so the checks run after it.", environment.Target.Type);
        }

        if (dryRun)
        {
            await ReportDryRunAsync(context, environment, target, services.Locks(context)).ConfigureAwait(false);
            return null;
        }

        await consent.ConfirmAsync(context, environment, artifact.Manifest.Identity, "Nothing was changed; the lock was not taken.").ConfigureAwait(false);
        return new DeployPlan(environment, target, artifact, waivers);
    }

    /// <summary>
    /// Prepares the release beside the live one, publishes its marker, runs the pre-switch checks and switches, then
    /// records <c>deployed</c> (or <c>failed</c>, nothing switched, and rethrows). The caller holds the lock.
    /// </summary>
    public async Task<DeploymentRecord> SwitchAsync(ICakeContext context, DeployPlan plan)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        var (environment, target, artifact, waivers) = plan;
        var ledger = services.Ledger(context);
        var record = new DeploymentRecord
        {
            Id = DeploymentLedger.NewId(),
            Environment = environment.Name,
            Version = artifact.Manifest.Version,
            Commit = artifact.Manifest.Commit,
            ArtifactSha256 = artifact.Manifest.Archive.Sha256,
            Actor = EnvironmentServices.Actor(context),
            RunId = services.RunId(context),
            StartedAt = services.Time.GetUtcNow(),
            Outcome = DeploymentOutcome.Deployed,
            Waivers = waivers,
            Gates = [.. gates.Results.Select(GateRecord.From)],
        };
        var current = LedgerQueries.Current(await ledger.ReadAllAsync().ConfigureAwait(false), environment.Name);
        await journal.RecordAsync(context, DeployStarted.Of(environment, artifact, current)).ConfigureAwait(false);
        Liftoff.Deploy.SwitchResult switched;
        try
        {
            var prepared = await target.PrepareAsync(artifact).ConfigureAwait(false);
            await target.PublishMarkerAsync(prepared).ConfigureAwait(false);
            switched = await target.SwitchAsync(prepared).ConfigureAwait(false);
        }
        catch (LiftoffException error)
        {
            // SlotsRecords adds an nginx-slots canary's steps and failing verdict; other targets' records are unchanged.
            await ledger.AppendAsync(SlotsRecords.With(
                record with { Outcome = DeploymentOutcome.Failed, EndedAt = services.Time.GetUtcNow(), Findings = [error.Message] }, error)).ConfigureAwait(false);
            await journal.RecordAsync(context, new DeployFailed(environment.Name, record.Version, error.Message)).ConfigureAwait(false);
            throw;
        }

        await journal.RecordAsync(context, new DeploySwitched(environment.Name, record.Version, switched.From, switched.Elapsed)).ConfigureAwait(false);

        var milliseconds = switched.Elapsed.TotalMilliseconds;
        record = SlotsRecords.With(record with
        {
            EndedAt = services.Time.GetUtcNow(),
            Measurements = new Dictionary<string, double> { ["switchMs"] = Math.Round(milliseconds, 3) },
        }, switched);
        await ledger.AppendAsync(record).ConfigureAwait(false);
        context.Log.Information(string.Create(CultureInfo.InvariantCulture,
            $"Deploy   {environment.Name} ← {artifact.Manifest.Identity} (sha256 {PromotionCheck.Abbreviate(artifact.Manifest.Archive.Sha256)}) · from {switched.From ?? "nothing"} to {switched.To} · switched in {milliseconds:0.###} ms"));
        if (switched.Pruned.Count > 0)
        {
            context.Log.Verbose("Pruned {0}", string.Join(", ", switched.Pruned));
        }

        return record;
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
