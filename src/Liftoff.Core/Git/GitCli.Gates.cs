using System.Globalization;

namespace Liftoff.Git;

/// <summary>What the pre-deploy gates ask git: fetch a branch, resolve a revision, count commits between two.</summary>
public sealed partial class GitCli
{
    /// <summary>
    /// Fetches one branch from a remote into its remote-tracking ref (<c>refs/remotes/&lt;remote&gt;/&lt;branch&gt;</c>)
    /// and returns the commit it points at, or null when the remote has no such branch. Tags are not fetched: a
    /// local tag that differs from the remote's would make the fetch fail, and the gate only needs the branch.
    /// </summary>
    public async Task<string?> FetchBranchAsync(string remote, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        if (await RemoteBranchCommitAsync(remote, branch, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var tracking = $"refs/remotes/{remote}/{branch}";
        await RunAsync(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, $"+refs/heads/{branch}:{tracking}"], [0], cancellationToken)
            .ConfigureAwait(false);
        return await ResolveAsync(tracking, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The commit a revision names, or null when there is no such revision.</summary>
    public async Task<string?> ResolveAsync(string revision, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revision);
        var (exitCode, output) = await RunAsync(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], [0, 1], cancellationToken)
            .ConfigureAwait(false);
        return exitCode == 0 ? output.Trim() : null;
    }

    /// <summary>How many commits are reachable from <paramref name="to"/> but not from <paramref name="from"/>.</summary>
    public async Task<int> CountCommitsAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var (_, output) = await RunAsync(["rev-list", "--count", "--end-of-options", $"{from}..{to}", "--"], [0], cancellationToken).ConfigureAwait(false);
        return int.Parse(output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
