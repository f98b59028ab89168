using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Bumping;
using Liftoff.Configuration;
using Liftoff.Git;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>Writes the new version into project files, package.json and the configured extra files.</summary>
[TaskName(Name)]
[TaskDescription("Writes the new version into *.csproj, Directory.Build.props, package.json and release.bumpFiles.")]
[IsDependentOn(typeof(NextVersionTask))]
public sealed class BumpVersionTask(LoadedConfiguration configuration, IGitClientFactory git, ReleasePreflight preflight, ReleaseRun release)
    : ReleaseTaskBase(release)
{
    /// <summary>The target's name.</summary>
    public const string Name = "Bump-Version";

    /// <inheritdoc />
    public override bool ShouldRun(ICakeContext context) =>
        base.ShouldRun(context)
        && (Release.Target is { Resumed: false } || Skip($"{Release.Target!.TagName} is already tagged at HEAD; its files were bumped then"));

    /// <inheritdoc />
    protected override async Task RunAsync(ICakeContext context, bool dryRun)
    {
        await preflight.CheckAsync(context, Release).ConfigureAwait(false);
        var working = context.Environment.WorkingDirectory.FullPath;
        var bumper = new VersionBumper(configuration.Options.Release.BumpFiles);
        var bumps = await bumper.BumpAsync(working, Target.Version, dryRun).ConfigureAwait(false);
        var alreadyAt = await bumper.AlreadyAtAsync(working, Target.Version).ConfigureAwait(false);
        if (bumps.Count == 0 && alreadyAt.Count == 0)
        {
            context.Log.Information("No version to bump: no project file, package.json or release.bumpFiles entry holds one.");
        }

        foreach (var bump in bumps)
        {
            context.Log.Information("{0}{1} {2}: {3} -> {4}", dryRun ? "would bump " : string.Empty, bump.Path, bump.Location, bump.OldValue, bump.NewValue);
            if (!Release.ChangedFiles.Contains(bump.Path))
            {
                Release.ChangedFiles.Add(bump.Path);
            }
        }

        // A release stopped between the bump and the release commit leaves files at the new version, uncommitted;
        // the re-run finds nothing to bump in them, and its commit must take them all the same.
        var uncommitted = await git.Create(working).ChangedPathsAsync().ConfigureAwait(false);
        foreach (var path in alreadyAt)
        {
            if (uncommitted.Contains(path, StringComparer.Ordinal) && !Release.ChangedFiles.Contains(path))
            {
                context.Log.Information("{0} already reads {1} but is not committed (an interrupted release bumped it); the release commit takes it", path, Target.Version);
                Release.ChangedFiles.Add(path);
            }
        }
    }
}
