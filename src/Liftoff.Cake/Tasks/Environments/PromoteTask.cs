using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Artifacts;
using Liftoff.Cake.Deploy;
using Liftoff.Deploy.Promotion;
using Liftoff.Diagnostics;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tasks.Environments;

/// <summary>
/// <c>Promote --from=staging --to=production</c>: deploys what the source environment runs, the same archive by
/// sha256, through the same flow as <c>Deploy-&lt;Env&gt;</c> (checks, lock, switch, validation, automatic rollback). The archive is <c>--artifact</c>, or the
/// <c>manifest.json</c> under <c>artifacts/</c> whose archive matches.
/// </summary>
[TaskName("Promote")]
[TaskDescription("Deploys what --from runs to --to: the same archive by sha256, with the promotion check, confirmation, lock, validation and automatic rollback.")]
public sealed class PromoteTask(DeployFlow flow, EnvironmentServices services) : AsyncBuildTask
{
    /// <inheritdoc />
    public override Task RunAsync(ICakeContext context) => PromoteAsync(context, dryRun: false);

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => PromoteAsync(context, dryRun: true);

    private async Task PromoteAsync(ICakeContext context, bool dryRun)
    {
        var from = services.Find(DeployArguments.Required(context, "from", "the environment whose artifact is promoted, for example --from=staging"));
        var to = services.Find(DeployArguments.Required(context, "to", "the environment to deploy to, for example --to=production"));
        var running = LedgerQueries.Current(await services.Ledger(context).ReadAllAsync().ConfigureAwait(false), from.Name);
        if (running?.ArtifactSha256 is not { } sha256)
        {
            throw new LiftoffException(DiagnosticCodes.PromotionArtifactMissing, ExitCodes.TaskFailed,
                $"the ledger records nothing running in {from.Name}, so there is nothing to promote to {to.Name}");
        }

        var manifest = await FindManifestAsync(context, sha256).ConfigureAwait(false)
            ?? throw new LiftoffException(DiagnosticCodes.PromotionArtifactMissing, ExitCodes.TaskFailed,
                $"{from.Name} runs {running.Version} (sha256 {PromotionCheck.Abbreviate(sha256)}), but no manifest.json under artifacts/ describes that archive; pass --artifact=<manifest.json>");
        context.Log.Information("Promote {0} → {1}: {2}", from.Name, to.Name, running.Version);
        await flow.RunAsync(context, to, manifest, dryRun).ConfigureAwait(false);
    }

    private static async Task<string?> FindManifestAsync(ICakeContext context, string sha256)
    {
        var given = DeployArguments.Value(context, "artifact");
        var working = EnvironmentServices.Working(context);
        var candidates = given is not null
            ? [Path.GetFullPath(given, working)]
            : Directory.Exists(Path.Combine(working, "artifacts"))
                ? Directory.EnumerateFiles(Path.Combine(working, "artifacts"), Artifact.ManifestFileName, SearchOption.AllDirectories)
                : [];
        foreach (var candidate in candidates)
        {
            try
            {
                var artifact = await ArtifactReader.OpenAsync(candidate).ConfigureAwait(false);
                if (string.Equals(artifact.Manifest.Archive.Sha256, sha256, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }
            catch (LiftoffException) when (given is null)
            {
                // Another build's leftovers; keep looking.
            }
        }

        return given is null ? null : throw new LiftoffException(DiagnosticCodes.PromotionArtifactMissing, ExitCodes.TaskFailed,
            $"{given} is not the archive the source environment runs (sha256 {PromotionCheck.Abbreviate(sha256)})");
    }
}
