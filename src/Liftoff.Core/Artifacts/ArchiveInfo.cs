namespace Liftoff.Artifacts;

/// <summary>The archive a manifest describes: its file name (beside the manifest), size and sha256.</summary>
/// <param name="FileName">The archive's file name, for example <c>site-1.5.0.tar.gz</c>.</param>
/// <param name="Size">The archive's size in bytes.</param>
/// <param name="Sha256">The archive's sha256, lower-case hex. This is the checksum promotion and the ledger match on.</param>
public sealed record ArchiveInfo(string FileName, long Size, string Sha256);
