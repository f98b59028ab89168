using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Git;

namespace Liftoff.Incidents;

/// <summary>
/// Writes incident reports to <c>artifacts/incidents/&lt;timestamp&gt;-&lt;env&gt;.md</c> and reads the commits of a
/// bad release from git.
/// </summary>
public static class IncidentWriter
{
    /// <summary>The folder, relative to the repository, reports go to by default.</summary>
    public const string DefaultDirectory = "artifacts/incidents";

    /// <summary>
    /// Writes <paramref name="report"/> into <paramref name="directory"/> as <c>20250124T193000Z-production.md</c>
    /// (named after the rollback's time; a second report in the same second gets <c>-2</c>) and returns its path.
    /// </summary>
    /// <exception cref="LiftoffException"><c>LIFTOFF1520</c> when the folder or file cannot be written.</exception>
    public static async Task<string> WriteAsync(IncidentReport report, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var stem = report.RestoredAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + SafeName(report.Environment);
        try
        {
            Directory.CreateDirectory(directory);
            for (var attempt = 1; ; attempt++)
            {
                var path = Path.Combine(directory, attempt == 1 ? $"{stem}.md" : $"{stem}-{attempt}.md");
                try
                {
                    // CreateNew: two runs rolling back in the same second each keep their own report.
                    var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true);
                    await using (stream.ConfigureAwait(false))
                    {
                        var writer = new StreamWriter(stream);
                        await using (writer.ConfigureAwait(false))
                        {
                            await writer.WriteAsync(IncidentMarkdown.Render(report).AsMemory(), cancellationToken).ConfigureAwait(false);
                        }
                    }

                    return path;
                }
                catch (IOException) when (File.Exists(path) && attempt < 100)
                {
                    // Taken: try the next suffix.
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new LiftoffException(DiagnosticCodes.IncidentReportFailed, ExitCodes.TaskFailed,
                $"could not write the incident report for {report.Environment} under {directory}: {error.Message}", error);
        }
    }

    /// <summary>
    /// The commits after <paramref name="restoredCommit"/> up to <paramref name="badCommit"/>, newest first: what the bad
    /// release brought. Empty when both are the same commit; null when either is unknown or git cannot tell.
    /// </summary>
    public static async Task<IReadOnlyList<GitCommit>?> BadCommitsAsync(
        IGitClient git, string? restoredCommit, string? badCommit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(git);
        if (restoredCommit is null || badCommit is null)
        {
            return null;
        }

        if (string.Equals(restoredCommit, badCommit, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        try
        {
            var commits = new List<GitCommit>();
            await foreach (var commit in git.CommitsAsync(restoredCommit, badCommit, cancellationToken).ConfigureAwait(false))
            {
                commits.Add(commit);
            }

            return commits;
        }
        catch (LiftoffException)
        {
            // A commit missing here (a shallow CI clone): the report says the commits are unknown.
            return null;
        }
    }

    private static string SafeName(string name) =>
        new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
}
