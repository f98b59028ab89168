using Liftoff.Cake.Tasks.Build;

namespace Liftoff.Cake.Deploy;

/// <summary>The artifact Build-Production made in this run, so that a deploy later in the same run needs no <c>--artifact</c>.</summary>
internal sealed class BuildRunArtifact(BuildRun build) : IBuiltArtifact
{
    public string? ManifestPath => build.Result?.Artifact.ManifestPath;
}
