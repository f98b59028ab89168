using Liftoff.Building;

namespace Liftoff.Cake.Tasks.Build;

/// <summary>
/// What Build-Production made in this run, for Check-Build and the stages after it: the artifact and the
/// warnings. Null until a build ran (a dry run builds nothing).
/// </summary>
public sealed class BuildRun
{
    /// <summary>The build's result, once Build-Production has run.</summary>
    public ProductionBuildResult? Result { get; set; }
}
