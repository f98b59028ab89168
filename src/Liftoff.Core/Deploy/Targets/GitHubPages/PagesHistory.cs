using Liftoff.Records.RefStore;

namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>Reads Pages commits: their release trailer, their tree, and where a release sits in the branch's history.</summary>
internal sealed class PagesHistory
{
    private const char FieldSeparator = '\u001f';
    private const char RecordSeparator = '\u001e';

    private readonly GitRunner _git;

    public PagesHistory(GitRunner git) => _git = git;

    public async Task<PagesCommit> ReadAsync(string commit, CancellationToken cancellationToken)
    {
        var records = await LogAsync(["-1", commit], cancellationToken).ConfigureAwait(false);
        return records[0];
    }

    /// <summary>The newest commit at or below <paramref name="tip"/> that served <paramref name="releaseId"/>, or null.</summary>
    public async Task<PagesCommit?> FindReleaseAsync(string tip, string releaseId, CancellationToken cancellationToken)
    {
        // --grep narrows the walk inside git; the exact trailer is checked here, since grep matches substrings.
        var candidates = await LogAsync(
            ["--fixed-strings", $"--grep={PagesCommitMessage.ReleaseKey}: {releaseId}", tip], cancellationToken).ConfigureAwait(false);
        return candidates.FirstOrDefault(c => c.ReleaseId == releaseId);
    }

    /// <summary>The release ids in the branch's history, newest first, each once.</summary>
    public async Task<IReadOnlyList<string>> ListReleasesAsync(string tip, CancellationToken cancellationToken)
    {
        var commits = await LogAsync(["--fixed-strings", $"--grep={PagesCommitMessage.ReleaseKey}: ", tip], cancellationToken).ConfigureAwait(false);
        return [.. commits.Select(c => c.ReleaseId).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private async Task<List<PagesCommit>> LogAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var output = await _git.RunCheckedAsync(
            ["-c", "log.showSignature=false", "log", "--format=%H%x1f%T%x1f%P%x1f%B%x1e", .. arguments], cancellationToken).ConfigureAwait(false);
        var commits = new List<PagesCommit>();
        foreach (var record in output.Split(RecordSeparator))
        {
            var fields = record.TrimStart('\n').Split(FieldSeparator);
            if (fields.Length == 4)
            {
                var parent = fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                commits.Add(new PagesCommit(fields[0], fields[1], parent, PagesCommitMessage.Trailer(fields[3], PagesCommitMessage.ReleaseKey)));
            }
        }

        return commits;
    }
}

/// <summary>One commit of the Pages branch.</summary>
/// <param name="Sha">The commit.</param>
/// <param name="Tree">Its tree: the site exactly as served.</param>
/// <param name="Parent">Its first parent, or null for the branch's first commit.</param>
/// <param name="ReleaseId">Its <c>Liftoff-Release</c> trailer, or null for a commit Liftoff did not make.</param>
internal sealed record PagesCommit(string Sha, string Tree, string? Parent, string? ReleaseId);
