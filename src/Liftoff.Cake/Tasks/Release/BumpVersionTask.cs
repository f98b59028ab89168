using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Bumping;
using Liftoff.Configuration;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>Writes the new version into project files, package.json and the configured extra files.</summary>
[TaskName(Name)]
[TaskDescription("Writes the new version into *.csproj, Directory.Build.props, package.json and release.bumpFiles.")]
[IsDependentOn(typeof(NextVersionTask))]
public sealed class BumpVersionTask(LoadedConfiguration configuration, ReleaseRun release) : ReleaseTaskBase(release)
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
        var bumps = await new VersionBumper(configuration.Options.Release.BumpFiles)
            .BumpAsync(context.Environment.WorkingDirectory.FullPath, Target.Version, dryRun)
            .ConfigureAwait(false);
        if (bumps.Count == 0)
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
    }
}
