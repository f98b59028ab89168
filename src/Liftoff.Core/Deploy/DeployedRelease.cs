using Liftoff.Artifacts;

namespace Liftoff.Deploy;

/// <summary>What a target serves now.</summary>
/// <param name="Id">The release's id on the target.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Marker">Its version marker, or null when the release has none or it cannot be read.</param>
public sealed record DeployedRelease(string Id, string Location, VersionMarker? Marker);
