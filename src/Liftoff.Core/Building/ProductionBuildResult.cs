using Liftoff.Artifacts;

namespace Liftoff.Building;

/// <summary>What a production build made: the artifact, the warnings it printed, and each command's outcome.</summary>
/// <param name="Artifact">The archive and its manifest.</param>
/// <param name="OutputDirectory">The absolute output folder the artifact was packed from.</param>
/// <param name="Warnings">The distinct warnings, MSBuild's and the pattern's.</param>
/// <param name="Commands">Each command as run.</param>
public sealed record ProductionBuildResult(
    Artifact Artifact, string OutputDirectory, IReadOnlyList<BuildWarning> Warnings, IReadOnlyList<BuildCommandResult> Commands);
