using System.Text;
using Liftoff.Configuration;
using Semver;

namespace Liftoff.Bumping;

/// <summary>
/// Writes a release's version into a repository's files: <c>&lt;Version&gt;</c> and <c>&lt;VersionPrefix&gt;</c> in every
/// <c>*.csproj</c> and <c>Directory.Build.props</c>, the top-level <c>"version"</c> of every <c>package.json</c>
/// (skipping <c>bin</c>, <c>obj</c>, <c>node_modules</c> and <c>.git</c>), and the configured extra files. Only the
/// value's characters change; formatting, BOM and line endings stay.
/// </summary>
/// <param name="extraFiles">The configured extra files (<see cref="ReleaseOptions.BumpFiles"/>); null for none.</param>
public sealed class VersionBumper(IEnumerable<BumpFileOptions>? extraFiles = null)
{
    private readonly List<BumpFileOptions> _extraFiles = extraFiles?.ToList() ?? [];

    /// <summary>
    /// Sets the version. Every file is read and every edit worked out before the first write, so an error leaves all
    /// files as they were. A value already at <paramref name="version"/> is not listed, so a re-run lists nothing.
    /// </summary>
    /// <param name="repositoryDirectory">The repository root; configured paths are relative to it.</param>
    /// <param name="version">The new version. <c>&lt;VersionPrefix&gt;</c> gets only its <c>X.Y.Z</c>, since MSBuild adds the suffix.</param>
    /// <param name="dryRun">Work out the same list, and write nothing.</param>
    /// <param name="cancellationToken">Stops reading or writing.</param>
    /// <returns>Each value changed (or to change), in file order.</returns>
    /// <exception cref="Diagnostics.LiftoffException">
    /// A configured file is missing (<c>LIFTOFF0710</c>) or its pattern matches nothing (<c>LIFTOFF0711</c>) or is invalid
    /// (<c>LIFTOFF0712</c>); a file is not UTF-8, JSON or XML (<c>LIFTOFF0713</c>); a match cannot be edited (<c>LIFTOFF0714</c>).
    /// </exception>
    public async Task<IReadOnlyList<VersionBump>> BumpAsync(
        string repositoryDirectory, SemVersion version, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryDirectory);
        ArgumentNullException.ThrowIfNull(version);

        var edits = await PlanAsync(repositoryDirectory, version, cancellationToken).ConfigureAwait(false);
        if (!dryRun)
        {
            foreach (var edit in edits.Where(edit => edit.Bumps.Count > 0))
            {
                await edit.WriteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return edits.SelectMany(edit => edit.Bumps).ToList();
    }

    /// <summary>
    /// The files that hold a version and already read <paramref name="version"/> everywhere, so there is nothing to
    /// bump, relative to the root with <c>/</c> separators. After an interrupted release, those left uncommitted still
    /// belong in the release commit.
    /// </summary>
    /// <exception cref="Diagnostics.LiftoffException">As for <see cref="BumpAsync"/>.</exception>
    public async Task<IReadOnlyList<string>> AlreadyAtAsync(
        string repositoryDirectory, SemVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryDirectory);
        ArgumentNullException.ThrowIfNull(version);
        var edits = await PlanAsync(repositoryDirectory, version, cancellationToken).ConfigureAwait(false);
        return [.. edits.Where(edit => edit.Located > 0 && edit.Bumps.Count == 0).Select(edit => edit.RelativePath)];
    }

    private async Task<List<FileEdit>> PlanAsync(string repositoryDirectory, SemVersion version, CancellationToken cancellationToken)
    {
        var edits = new List<FileEdit>();
        foreach (var group in Targets(repositoryDirectory).GroupBy(target => target.RelativePath, StringComparer.Ordinal))
        {
            var edit = await FileEdit.PlanAsync(repositoryDirectory, [.. group], version, cancellationToken).ConfigureAwait(false);
            if (edit is not null)
            {
                edits.Add(edit);
            }
        }

        return edits;
    }

    private IEnumerable<BumpTarget> Targets(string root)
    {
        foreach (var path in ProjectFiles.Find(root))
        {
            yield return path.EndsWith(".json", StringComparison.Ordinal)
                ? new BumpTarget(path, BumpFileKind.JsonPath, BumpTarget.PackageJsonPath, Configured: false)
                : new BumpTarget(path, BumpFileKind.XmlPath, BumpTarget.ProjectVersionXPath, Configured: false);
        }

        foreach (var file in _extraFiles)
        {
            yield return new BumpTarget(file.Path.Replace('\\', '/'), file.Kind, file.Pattern, Configured: true);
        }
    }
}
