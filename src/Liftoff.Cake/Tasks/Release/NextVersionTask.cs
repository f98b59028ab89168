using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Releasing;
using Liftoff.Versioning;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// Computes the next version from the conventional commits since the last release tag on this branch's channel.
/// It only reads git, so a dry run does the same work. A successful run's last line is exactly
/// <c>next-version: X.Y.Z</c>, or <c>next-version: none</c>, for scripts to read, unless a later stage (a deploy)
/// closes the run with its own line.
/// </summary>
[TaskName(Name)]
[PipelineStage(PipelineStages.Build)] // it names the artifact, so it runs whenever the build does
[TaskDescription("Computes the next version from conventional commits since the last release tag (--version=X.Y.Z overrides it).")]
public sealed class NextVersionTask(
    LoadedConfiguration configuration, IGitClientFactory git, ReleaseRun release, RunSummary summary, TimeProvider time)
    : AsyncBuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Next-Version";

    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = git.Create(context.Environment.WorkingDirectory.FullPath);
        var options = configuration.Options.Release;
        var channel = ReleaseChannel.For(await client.CurrentBranchAsync().ConfigureAwait(false), options);
        var versionOverride = context.HasArgument("version") ? context.Argument<string>("version") : null;
        if (versionOverride is not null && !Semver.SemVersion.TryParse(versionOverride, Semver.SemVersionStyles.Strict, out _))
        {
            throw new LiftoffException(DiagnosticCodes.VersioningOptionsInvalid, ExitCodes.BadInput,
                $"--version={versionOverride}: expected a SemVer 2.0 version such as 1.2.3 or 2.0.0-rc.1 (no 'v' prefix).");
        }

        var next = await new NextVersionCalculator(client)
            .CalculateAsync(channel.ToVersioningOptions(options, versionOverride))
            .ConfigureAwait(false);
        if (versionOverride is not null)
        {
            await RequireAboveLastReleaseAsync(client, next, versionOverride).ConfigureAwait(false);
        }

        release.Channel = channel;
        release.Next = next;
        release.OriginUrl = await client.RemoteUrlAsync("origin").ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        release.Target = next.IsRelease
            ? ReleaseTarget.FromNext(next, today)
            : await ReleaseTarget.AtHeadAsync(client, options.TagPrefix, today).ConfigureAwait(false);

        context.Log.Information("Branch:        {0}", channel.Description);
        context.Log.Information("Last release:  {0}", next.LastRelease?.ToString() ?? "none");
        context.Log.Information("Commits:       {0} since the last release", next.Commits.Count);
        context.Log.Information("Next version:  {0}", next);
        if (release.Target is { Resumed: true } resumed)
        {
            context.Log.Information("HEAD already carries {0}: the release tasks finish that release.", resumed.TagName);
        }

        summary.SetSuccessLine("next-version: " + (next.Version?.ToString() ?? "none"));
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => RunAsync(context);

    /// <summary>
    /// A version override must go forward: one at or below the last release would tag an older version than the one
    /// released (the same one is allowed only when HEAD carries it, to finish that release).
    /// </summary>
    private static async Task RequireAboveLastReleaseAsync(GitCli client, NextVersionResult next, string requested)
    {
        if (next.LastRelease is not { } last || next.Version is not { } version)
        {
            return;
        }

        var order = version.ComparePrecedenceTo(last.Version);
        if (order > 0 || (order == 0 && last.CommitSha == await client.HeadShaAsync().ConfigureAwait(false)))
        {
            return;
        }

        throw new LiftoffException(DiagnosticCodes.VersionOverrideNotAbove, ExitCodes.BadInput,
            $"--version={requested} is not above the last release {last.Name} ({last.Version}); expected a higher version. Nothing was written.");
    }
}
