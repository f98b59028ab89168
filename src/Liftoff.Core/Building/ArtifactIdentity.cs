using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Versioning;
using Semver;

namespace Liftoff.Building;

/// <summary>
/// Names and versions the artifact. The version, first match wins: the release computed in this run; the
/// <c>--version</c> argument; the highest release tag reachable from HEAD (as is when it points at HEAD, otherwise
/// with <c>+&lt;sha7&gt;</c> so a later commit never overwrites the tagged artifact); <c>0.0.0-dev+&lt;sha7&gt;</c>.
/// </summary>
public sealed record ArtifactIdentity(string Name, string Version, string Commit)
{
    /// <summary>Resolves the name, version and commit.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.BuildNoCommit"/> when HEAD has no commit.</exception>
    public static async Task<ArtifactIdentity> ResolveAsync(
        IGitClient git, string workingDirectory, string configuredName, string? releaseVersion, string? versionArgument, string tagPrefix,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        string? head;
        try
        {
            head = await git.HeadShaAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (LiftoffException error)
        {
            throw new LiftoffException(DiagnosticCodes.BuildNoCommit, ExitCodes.TaskFailed,
                $"the artifact records the commit it was built from, and git could not say: {error.Message}", error);
        }

        if (head is null)
        {
            throw new LiftoffException(DiagnosticCodes.BuildNoCommit, ExitCodes.TaskFailed,
                $"{workingDirectory} has no commits yet; commit before building, since the artifact records its commit");
        }

        var name = string.IsNullOrWhiteSpace(configuredName) ? NameFromFolder(workingDirectory) : configuredName;
        var version = releaseVersion ?? NonEmpty(versionArgument) ?? await FromTagsAsync(git, tagPrefix, head, cancellationToken).ConfigureAwait(false);
        return new ArtifactIdentity(name, version, head);
    }

    /// <summary>A folder name made safe for a file name: anything but letters, digits, '.', '_' and '-' becomes '-'.</summary>
    public static string NameFromFolder(string folder)
    {
        var raw = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var safe = new string([.. raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).TrimStart('.', '-');
        return safe.Length == 0 ? "app" : safe;
    }

    private static async Task<string> FromTagsAsync(IGitClient git, string tagPrefix, string head, CancellationToken cancellationToken)
    {
        var tags = await ReleaseTags.ListAsync(git, tagPrefix, head, cancellationToken).ConfigureAwait(false);
        var latest = tags.Count == 0 ? null : tags[0];
        var sha7 = head[..Math.Min(7, head.Length)];
        if (latest is null)
        {
            return $"0.0.0-dev+{sha7}";
        }

        var version = latest.Version.WithoutMetadata().ToString();
        return latest.CommitSha == head ? version : $"{version}+{sha7}";
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
