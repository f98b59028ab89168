using Liftoff.Diagnostics;

namespace Liftoff.Building;

/// <summary>
/// Resolves the output and artifacts folders and refuses layouts that would lose data: the output folder is
/// emptied before every build, so it must be strictly inside the working folder and must not hold the artifacts.
/// </summary>
public sealed record BuildPaths(string WorkingDirectory, string OutputDirectory, string ArtifactsDirectory)
{
    /// <summary>Resolves and checks the folders.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.BuildOutputInvalid"/> for an unsafe layout.</exception>
    public static BuildPaths Resolve(string workingDirectory, string output, string artifacts)
    {
        var working = Full(workingDirectory);
        var outputPath = Full(Path.Combine(working, output));
        var artifactsPath = Full(Path.Combine(working, artifacts));
        if (!IsInside(outputPath, working))
        {
            throw Invalid($"build.output '{output}' resolves to {outputPath}, which is not inside the working folder {working}; it is emptied before each build");
        }

        if (artifactsPath == outputPath || IsInside(artifactsPath, outputPath))
        {
            throw Invalid($"build.artifacts '{artifacts}' ({artifactsPath}) is inside build.output ({outputPath}); the archive would pack itself");
        }

        return new BuildPaths(working, outputPath, artifactsPath);
    }

    /// <summary>The archive the build writes for a name and version.</summary>
    public string ArchivePath(string name, string version) => Path.Combine(ArtifactsDirectory, Artifacts.Artifact.ArchiveFileName(name, version));

    /// <summary>Empties the output folder, creating it when missing.</summary>
    public void EmptyOutput()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        Directory.CreateDirectory(OutputDirectory);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static LiftoffException Invalid(string message) =>
        new(DiagnosticCodes.BuildOutputInvalid, ExitCodes.ConfigurationInvalid, message);
}
