using Liftoff.Diagnostics;

namespace Liftoff.Artifacts;

/// <summary>
/// Lists the files of a build output folder in a stable order (ordinal by path, <c>/</c> separators), whatever
/// order the file system returns them in.
/// </summary>
internal static class ArtifactSource
{
    public static IReadOnlyList<SourceFile> Scan(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory))
        {
            throw Invalid($"the source folder {sourceDirectory} does not exist");
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var root = new DirectoryInfo(sourceDirectory);
        var files = new List<SourceFile>();
        foreach (var entry in root.EnumerateFileSystemInfos("*", options))
        {
            var relative = Path.GetRelativePath(root.FullName, entry.FullName).Replace('\\', '/');
            // A link could point anywhere on the build machine; packing its target silently would ship surprises.
            if (entry.LinkTarget is not null)
            {
                throw Invalid($"'{relative}' in {sourceDirectory} is a symbolic link; artifacts hold plain files only");
            }

            if (entry is FileInfo file)
            {
                if (relative == VersionMarker.PathInArtifact)
                {
                    throw Invalid($"{sourceDirectory} already has {VersionMarker.PathInArtifact}; Liftoff writes the version marker itself");
                }

                var executable = !OperatingSystem.IsWindows() && (file.UnixFileMode & UnixFileMode.UserExecute) != 0;
                files.Add(new SourceFile(relative, file.FullName, executable));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.PathInArchive, b.PathInArchive));
        return files;
    }

    public static LiftoffException Invalid(string message) =>
        new(DiagnosticCodes.ArtifactSourceInvalid, ExitCodes.TaskFailed, message);
}
