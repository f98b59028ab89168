namespace Liftoff.Cake.Deploy;

/// <summary>
/// The artifact this run built, for a deploy given no <c>--artifact</c>. The default knows none; the production-build
/// stage registers one that returns the manifest Build-Production wrote, so <c>Deploy-Production</c> can follow it.
/// </summary>
public interface IBuiltArtifact
{
    /// <summary>The absolute path of the manifest built in this run, or null when nothing was built.</summary>
    string? ManifestPath { get; }
}
