using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Changelog;
using Liftoff.Configuration;
using Liftoff.Git;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// Writes the release's section into the changelog, newest first, keeping what is there; writing the same version
/// again never duplicates it. <c>--output=FILE</c> writes only the new section to FILE instead.
/// </summary>
[TaskName(Name)]
[TaskDescription("Writes the release notes into CHANGELOG.md (Keep a Changelog), or only the new section with --output=FILE.")]
[IsDependentOn(typeof(NextVersionTask))]
public sealed class ChangelogTask(LoadedConfiguration configuration, IGitClientFactory git, ReleasePreflight preflight, ReleaseRun release)
    : ReleaseTaskBase(release)
{
    /// <summary>The target's name.</summary>
    public const string Name = "Changelog";

    /// <inheritdoc />
    public override bool ShouldRun(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return base.ShouldRun(context)
            && (Release.Target is { Resumed: false } || context.HasArgument("output") || Skip($"{Release.Target!.TagName} is already tagged at HEAD; its changelog was written then"))
            && (configuration.Options.Release.Changelog.Enabled || context.HasArgument("output") || Skip("release.changelog.enabled is false"));
    }

    /// <inheritdoc />
    protected override async Task RunAsync(ICakeContext context, bool dryRun)
    {
        if (!context.HasArgument("output"))
        {
            await preflight.CheckAsync(context, Release).ConfigureAwait(false);
        }

        var links = ChangelogLinks.FromOrigin(Release.OriginUrl);
        var section = ChangelogRenderer.RenderSection(Target.Notes, links);
        if (dryRun)
        {
            context.Log.Information("Release notes for {0}:\n{1}", Target.TagName, section);
        }

        if (context.HasArgument("output"))
        {
            // An explicit destination, such as a release-notes file for another tool: absolute or relative to --working.
            var output = new global::Cake.Core.IO.FilePath(context.Argument<string>("output")).MakeAbsolute(context.Environment).FullPath;
            context.Log.Information("{0} the {1} section to {2}", dryRun ? "Would write" : "Wrote", Target.Version, output);
            if (!dryRun)
            {
                await ChangelogFile.WriteSectionAsync(output, section).ConfigureAwait(false);
            }

            return;
        }

        var relative = configuration.Options.Release.Changelog.Path;
        var path = context.Environment.WorkingDirectory.CombineWithFilePath(relative).FullPath;
        var outcome = await ChangelogFile.PrependAsync(path, section, Target.Version.ToString(), dryRun).ConfigureAwait(false);
        context.Log.Information("{0}: {1}{2}", relative, outcome, dryRun ? " (dry run: not written)" : string.Empty);
        if (outcome != ChangelogWriteOutcome.Unchanged || await IsUncommittedAsync(context, path).ConfigureAwait(false))
        {
            Release.ChangedFiles.Add(relative);
        }
    }

    /// <summary>
    /// Whether the changelog, though it already holds this release's section, differs from HEAD: a release stopped
    /// between writing it and the release commit left it so, and the re-run's commit must take it.
    /// </summary>
    private async Task<bool> IsUncommittedAsync(ICakeContext context, string path)
    {
        var working = context.Environment.WorkingDirectory.FullPath;
        var inRepository = Path.GetRelativePath(working, path).Replace('\\', '/');
        var uncommitted = (await git.Create(working).ChangedPathsAsync().ConfigureAwait(false)).Contains(inRepository, StringComparer.Ordinal);
        if (uncommitted)
        {
            context.Log.Information("{0} already holds {1} but is not committed (an interrupted release wrote it); the release commit takes it", inRepository, Target.Version);
        }

        return uncommitted;
    }
}
