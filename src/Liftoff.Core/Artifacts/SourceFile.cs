namespace Liftoff.Artifacts;

/// <summary>A file to pack: its path inside the archive, where it is on disk, and whether it is executable.</summary>
internal sealed record SourceFile(string PathInArchive, string FullPath, bool Executable);
