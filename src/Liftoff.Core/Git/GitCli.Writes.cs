namespace Liftoff.Git;

/// <summary>The writing half of the git client: what a release commits, tags and pushes.</summary>
public sealed partial class GitCli
{
    /// <summary>The commit a tag points at (peeled through an annotated tag), or null when there is no such tag.</summary>
    public async Task<string?> TagCommitAsync(string tagName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        var (exitCode, output) = await RunAsync(
            ["rev-parse", "--verify", "--quiet", $"refs/tags/{tagName}^{{commit}}"], [0, 1], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : null;
    }

    /// <summary>The commit a tag points at on a remote, or null when the remote has no such tag.</summary>
    public async Task<string?> RemoteTagCommitAsync(string remote, string tagName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);

        // An annotated tag is listed twice: the tag object, then the peeled commit with ^{}; the peeled one wins.
        var (_, output) = await RunAsync(["ls-remote", "--tags", remote, $"refs/tags/{tagName}", $"refs/tags/{tagName}^{{}}"], [0], cancellationToken)
            .ConfigureAwait(false);
        string? commit = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && (commit is null || parts[1].EndsWith("^{}", StringComparison.Ordinal)))
            {
                commit = parts[0];
            }
        }

        return commit;
    }

    /// <summary>The commit a branch points at on a remote, or null when the remote has no such branch.</summary>
    public async Task<string?> RemoteBranchCommitAsync(string remote, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        var (_, output) = await RunAsync(["ls-remote", "--heads", remote, $"refs/heads/{branch}"], [0], cancellationToken).ConfigureAwait(false);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return line?.Split('\t')[0];
    }

    /// <summary>
    /// Whether <paramref name="ancestor"/> is reachable from <paramref name="descendant"/>. A commit this clone does
    /// not have (the remote moved on and nothing was fetched) is not an ancestor.
    /// </summary>
    public async Task<bool> IsAncestorAsync(string ancestor, string descendant, CancellationToken cancellationToken = default)
    {
        var (exitCode, _) = await RunAsync(["merge-base", "--is-ancestor", ancestor, descendant], [0, 1, 128], cancellationToken).ConfigureAwait(false);
        return exitCode == 0;
    }

    /// <summary>Whether the repository has a remote with this name.</summary>
    public async Task<bool> HasRemoteAsync(string remote, CancellationToken cancellationToken = default)
    {
        var (exitCode, _) = await RunAsync(["remote", "get-url", remote], [0, 2, 128], cancellationToken).ConfigureAwait(false);
        return exitCode == 0;
    }

    /// <summary>The URL of a remote, or null when there is none.</summary>
    public async Task<string?> RemoteUrlAsync(string remote, CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await RunAsync(["remote", "get-url", remote], [0, 2, 128], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : null;
    }

    /// <summary>The paths with uncommitted changes (staged, unstaged or untracked), relative to the repository root.</summary>
    public async Task<IReadOnlyList<string>> ChangedPathsAsync(CancellationToken cancellationToken = default)
    {
        var (_, output) = await RunAsync(["status", "--porcelain=v1", "-z", "--untracked-files=all"], [0], cancellationToken).ConfigureAwait(false);
        var entries = output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var paths = new List<string>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            paths.Add(entry[3..]);

            // A rename is followed by its old path, which is not a change of its own.
            if (entry[0] is 'R' or 'C')
            {
                i++;
            }
        }

        return paths;
    }

    /// <summary>Stages the given paths and commits them with <paramref name="message"/>; returns the new commit.</summary>
    public async Task<string> CommitAsync(IReadOnlyList<string> paths, string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        await RunAsync(["add", "--", .. paths], [0], cancellationToken).ConfigureAwait(false);
        await RunAsync(["commit", "--quiet", "--no-verify", "-m", message, "--", .. paths], [0], cancellationToken).ConfigureAwait(false);
        return (await HeadShaAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Creates an annotated tag at HEAD.</summary>
    public Task CreateAnnotatedTagAsync(string tagName, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagName);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return RunAsync(["tag", "--annotate", "--message", message, tagName, "HEAD"], [0], cancellationToken);
    }

    /// <summary>
    /// Pushes the refspecs in one atomic push: all of them land or none does. Returns git's error output when the
    /// remote refused, so the caller can explain a non-fast-forward; throws on any other failure.
    /// </summary>
    public async Task<PushOutcome> PushAtomicAsync(string remote, IReadOnlyList<string> refspecs, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentNullException.ThrowIfNull(refspecs);
        var (exitCode, _, error) = await RunWithErrorAsync(["push", "--atomic", "--porcelain", remote, .. refspecs], [0, 1], cancellationToken)
            .ConfigureAwait(false);
        return new PushOutcome(exitCode == 0, error.Trim());
    }
}

/// <summary>What a push did: accepted, or refused with git's explanation.</summary>
/// <param name="Accepted">Whether every ref was updated.</param>
/// <param name="Error">git's error output when refused.</param>
public sealed record PushOutcome(bool Accepted, string Error)
{
    /// <summary>Whether the refusal was because the remote has commits this clone lacks.</summary>
    public bool IsNonFastForward =>
        !Accepted && (Error.Contains("non-fast-forward", StringComparison.Ordinal) || Error.Contains("fetch first", StringComparison.Ordinal)
            || Error.Contains("[rejected]", StringComparison.Ordinal));
}
