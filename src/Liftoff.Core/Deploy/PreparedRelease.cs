using Liftoff.Artifacts;

namespace Liftoff.Deploy;

/// <summary>A release placed on a target, ready to be switched to.</summary>
/// <param name="Id">The release's id on the target, for example <c>1.5.0-3f9a1c2</c>.</param>
/// <param name="Location">Where it is: a folder for the releases directory, a commit for Pages.</param>
/// <param name="Marker">The version marker it carries.</param>
public sealed record PreparedRelease(string Id, string Location, VersionMarker Marker);
