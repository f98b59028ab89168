using System.Security.Cryptography;
using System.Text;
using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;

namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>
/// The Pages branch on the remote, seen through a private tracking ref (<c>refs/liftoff-pages/&lt;remote&gt;/&lt;branch&gt;</c>),
/// so fetching it never touches the user's branches, remote-tracking refs, working tree or index. Pushes are plain
/// fast-forward pushes: a branch that moved since the fetch is refused by the remote, and nothing is overwritten.
/// </summary>
internal sealed class PagesRemoteBranch
{
    private readonly GitRunner _git;
    private readonly string _remote;

    public PagesRemoteBranch(GitRunner git, string remote, string branch)
    {
        _git = git;
        _remote = remote;
        RemoteRef = "refs/heads/" + branch;
        TrackingRef = $"refs/liftoff-pages/{RemoteKey(remote)}/{branch}";
    }

    /// <summary>The branch's full name on the remote.</summary>
    public string RemoteRef { get; }

    /// <summary>Where the last fetched tip is kept locally.</summary>
    public string TrackingRef { get; }

    /// <summary>Where the branch is, for messages.</summary>
    public string Describe => $"{RemoteRef} on '{_remote}'";

    /// <summary>Fetches the branch's tip (and only the objects missing locally); null when the branch does not exist yet.</summary>
    public async Task<string?> FetchTipAsync(CancellationToken cancellationToken)
    {
        var fetch = await _git.RunAsync(
            ["fetch", "--no-tags", "--no-write-fetch-head", "--quiet", _remote, $"+{RemoteRef}:{TrackingRef}"],
            cancellationToken).ConfigureAwait(false);
        if (fetch.ExitCode == 0)
        {
            return await _git.RunCheckedAsync(["rev-parse", "--verify", TrackingRef + "^{commit}"], cancellationToken).ConfigureAwait(false);
        }

        // A fetch of a missing branch fails; ask the remote so "no branch yet" is told apart from a broken remote.
        if (await ReadRemoteTipAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            await _git.RunAsync(["update-ref", "-d", TrackingRef], cancellationToken).ConfigureAwait(false);
            return null;
        }

        throw _git.Failed(fetch);
    }

    /// <summary>The tip the remote has right now, without fetching; null when the branch does not exist.</summary>
    public async Task<string?> ReadRemoteTipAsync(CancellationToken cancellationToken)
    {
        var result = await _git.RunAsync(["ls-remote", _remote, RemoteRef], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw _git.Failed(result);
        }

        // ls-remote matches by the pattern's tail; keep only the exact name.
        return result.Output.Split('\n')
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2 && fields[1].Trim() == RemoteRef)
            .Select(fields => fields[0])
            .FirstOrDefault();
    }

    /// <summary>Pushes <paramref name="commit"/> as the branch's new tip; it must descend from the tip the remote has.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.PagesBranchMoved"/> when the remote refused because the branch moved;
    /// <see cref="DiagnosticCodes.PagesPushFailed"/> for any other failure.
    /// </exception>
    public async Task PushAsync(string commit, string? expectedTip, CancellationToken cancellationToken)
    {
        // Never forced. --no-verify: the user's pre-push hook (often a test run) is about their code, not the built
        // site; hooks on the server still run.
        var result = await _git.RunAsync(
            ["push", "--porcelain", "--no-verify", _remote, $"{commit}:{RemoteRef}"], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            await _git.RunCheckedAsync(["update-ref", TrackingRef, commit], cancellationToken).ConfigureAwait(false);
            return;
        }

        if (IsRejected(result.Output))
        {
            var now = await ReadRemoteTipAsync(cancellationToken).ConfigureAwait(false);
            throw new LiftoffException(DiagnosticCodes.PagesBranchMoved, ExitCodes.TaskFailed,
                $"{Describe} moved while deploying: expected {expectedTip ?? "no branch"}, the remote has {now ?? "no branch"}. " +
                $"Nothing was pushed and nothing was lost; deploy again to build on top of the new tip. ({result.Output.Trim()})");
        }

        throw new LiftoffException(DiagnosticCodes.PagesPushFailed, ExitCodes.TaskFailed,
            $"could not push {commit} to {Describe}: {_git.Failed(result).Message}");
    }

    // Porcelain output marks a refused ref with "!" (non-fast-forward, fetch first, stale info).
    private bool IsRejected(string porcelain) =>
        porcelain.Split('\n').Select(line => line.Split('\t'))
            .Any(fields => fields.Length >= 3 && fields[0] == "!" && fields[1].EndsWith(":" + RemoteRef, StringComparison.Ordinal));

    // Remote names are safe in a ref name; URLs are not, so they are keyed by a hash.
    private static string RemoteKey(string remote) =>
        remote.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? remote
            : "url-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(remote)))[..16];
}
