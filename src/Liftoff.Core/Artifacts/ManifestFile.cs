namespace Liftoff.Artifacts;

/// <summary>One file in an artifact, as the manifest records it.</summary>
/// <param name="Path">The path inside the archive, with <c>/</c> separators and no leading <c>./</c>.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Sha256">The sha256 of the content, lower-case hex.</param>
public sealed record ManifestFile(string Path, long Size, string Sha256);
