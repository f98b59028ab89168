using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// Links <c>shared/&lt;path&gt;</c> into a release as <c>&lt;release&gt;/&lt;path&gt;</c>, with relative links so they
/// stay valid when the staging folder is renamed into <c>releases/</c>.
/// </summary>
internal static class SharedDirectoryLinker
{
    public static void Link(ReleasesLayout layout, string releaseDirectory, IEnumerable<string> sharedDirectories)
    {
        foreach (var shared in sharedDirectories.Select(EntryPathGuard.Normalise))
        {
            var sharedPath = Path.Combine(layout.Shared, shared);
            UnixModes.CreateDirectory(sharedPath);
            var linkPath = Path.Combine(releaseDirectory, shared);
            if (Path.Exists(linkPath) || new FileInfo(linkPath).LinkTarget is not null)
            {
                throw new LiftoffException(DiagnosticCodes.SharedDirectoryConflict, ExitCodes.TaskFailed,
                    $"the artifact contains '{shared}', which is configured as a shared directory; remove it from the build output");
            }

            var parent = Path.GetDirectoryName(linkPath)!;
            UnixModes.CreateDirectory(parent);
            File.CreateSymbolicLink(linkPath, Path.GetRelativePath(parent, sharedPath));
        }
    }
}
