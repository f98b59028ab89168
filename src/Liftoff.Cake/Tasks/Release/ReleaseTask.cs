using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>The whole release: next version, changelog, version bumps, commit and tag, push, GitHub release.</summary>
[TaskName(Name)]
[TaskDescription("Runs the release: Next-Version, Changelog, Bump-Version, Tag and GitHub-Release. Re-running finishes an interrupted release.")]
[IsDependentOn(typeof(GitHubReleaseTask))]
[PipelineStage(PipelineStages.Release)]
public sealed class ReleaseTask : AsyncBuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Release";
}
