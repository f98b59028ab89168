using System.Globalization;
using System.Runtime.CompilerServices;
using Liftoff.Git;

namespace Liftoff.Records.RefStore;

/// <summary>
/// <see cref="IRefStore"/> over git plumbing. With the remote configured, refs live there: reads fetch into a private
/// tracking ref (<c>refs/liftoff-tracking/&lt;remote&gt;/…</c>), and swaps are <c>git push --force-with-lease=&lt;ref&gt;:&lt;expected&gt;</c>,
/// an empty expected value meaning "must not exist" (a plain push that creates an existing ref succeeds when it
/// fast-forwards). With no such remote, refs live in the local repository and swaps are <c>git update-ref</c> with an old value.
/// </summary>
public sealed class GitRefStore : IRefStore
{
    private const string TrackingPrefix = "refs/liftoff-tracking/";
    private const int FetchAttempts = 3;

    private static readonly IReadOnlyDictionary<string, string?> NoOverrides = new Dictionary<string, string?>();

    private readonly GitRunner _git;
    private readonly string _remote;
    private readonly TimeProvider _timeProvider;
    private bool? _hasRemote;
    private string? _emptyTree;

    /// <summary>Creates a store for the repository containing <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">Any folder inside the repository.</param>
    /// <param name="remote">The remote that holds the refs when it is configured; <c>origin</c> by default.</param>
    /// <param name="timeProvider">Dates the commits; the system clock by default.</param>
    /// <param name="environment">Variables for every git command; a null value removes one. None by default.</param>
    /// <param name="executable">The git program; <c>git</c> from PATH by default.</param>
    public GitRefStore(
        string workingDirectory,
        string remote = "origin",
        TimeProvider? timeProvider = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        string executable = "git")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(remote);
        ArgumentException.ThrowIfNullOrWhiteSpace(executable);
        _git = new GitRunner(workingDirectory, environment ?? NoOverrides, executable);
        _remote = remote;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task<string> DescribeLocationAsync(CancellationToken cancellationToken = default) =>
        await HasRemoteAsync(cancellationToken).ConfigureAwait(false) ? $"remote '{_remote}'" : "the local repository";

    /// <inheritdoc />
    public async Task<string?> ReadAsync(string refName, CancellationToken cancellationToken = default)
    {
        RefNames.Validate(refName);
        if (!await HasRemoteAsync(cancellationToken).ConfigureAwait(false))
        {
            return await ResolveLocalAsync(refName, cancellationToken).ConfigureAwait(false);
        }

        var tracking = TrackingPrefix + _remote + "/" + refName["refs/".Length..];
        for (var attempt = 1; ; attempt++)
        {
            var fetch = await _git.RunAsync(
                ["fetch", "--no-tags", "--no-write-fetch-head", "--quiet", _remote, "+" + refName + ":" + tracking],
                cancellationToken).ConfigureAwait(false);
            if (fetch.ExitCode == 0)
            {
                return await ResolveLocalAsync(tracking, cancellationToken).ConfigureAwait(false);
            }

            // The fetch fails when the ref does not exist; ask the remote to tell that apart from a real failure.
            if (!await ExistsOnRemoteAsync(refName, cancellationToken).ConfigureAwait(false))
            {
                await _git.RunAsync(["update-ref", "-d", tracking], cancellationToken).ConfigureAwait(false);
                return null;
            }

            // It exists: the fetch raced a concurrent fetch of the same tracking ref, or the remote is failing.
            if (attempt == FetchAttempts)
            {
                throw _git.Failed(fetch);
            }
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteCommitAsync(string message, string? parent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        // mktree with standard input closed writes the empty tree, in whichever object format the repository uses.
        _emptyTree ??= await _git.RunCheckedAsync(["mktree"], cancellationToken).ConfigureAwait(false);
        List<string> arguments = ["commit-tree", _emptyTree];
        if (parent is not null)
        {
            arguments.AddRange(["-p", parent]);
        }

        arguments.AddRange(["-m", message]);
        return await _git.RunCheckedAsync(arguments, cancellationToken, IdentityAndDate()).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string> ReadMessageAsync(string commit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commit);
        var result = await _git.RunAsync(["cat-file", "commit", commit], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw _git.Failed(result);
        }

        var bodyStart = result.Output.IndexOf("\n\n", StringComparison.Ordinal);
        return bodyStart < 0 ? "" : result.Output[(bodyStart + 2)..];
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> ReadMessagesAsync(string tip, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tip);
        var log = new GitCli(_git.WorkingDirectory, _git.Environment, _git.Executable);
        await foreach (var commit in log.CommitsAsync(null, tip, cancellationToken).ConfigureAwait(false))
        {
            yield return commit.Message;
        }
    }

    /// <inheritdoc />
    public async Task<RefUpdate> CompareAndSwapAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken = default)
    {
        RefNames.Validate(refName);
        if (expected is null && replacement is null)
        {
            throw new ArgumentException("Deleting a ref needs the value it is expected to hold.", nameof(expected));
        }

        return await HasRemoteAsync(cancellationToken).ConfigureAwait(false)
            ? await PushAsync(refName, expected, replacement, cancellationToken).ConfigureAwait(false)
            : await UpdateLocalAsync(refName, expected, replacement, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RefUpdate> PushAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken)
    {
        // --no-verify: the user's pre-push hook (often a test run) has no business with a record; server hooks still run.
        var result = await _git.RunAsync(
            ["push", "--porcelain", "--no-verify", $"--force-with-lease={refName}:{expected}", _remote, $"{replacement}:{refName}"],
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            return RefUpdate.Success;
        }

        // Porcelain output marks a rejected ref with "!": stale info (the lease), or the remote losing a ref-lock race.
        foreach (var line in result.Output.Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 3 && fields[0] == "!" && fields[1].EndsWith(":" + refName, StringComparison.Ordinal))
            {
                return RefUpdate.Conflict(fields[2].Trim());
            }
        }

        throw _git.Failed(result);
    }

    private async Task<RefUpdate> UpdateLocalAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken)
    {
        // An empty old value means "must not exist"; update-ref checks and writes under the ref's lock file.
        List<string> arguments = replacement is null
            ? ["update-ref", "-m", "liftoff", "-d", refName, expected!]
            : ["update-ref", "-m", "liftoff", refName, replacement, expected ?? ""];
        var result = await _git.RunAsync(arguments, cancellationToken, IdentityAndDate()).ConfigureAwait(false);
        return result.ExitCode == 0 ? RefUpdate.Success : RefUpdate.Conflict(result.Error.Trim());
    }

    private async Task<string?> ResolveLocalAsync(string refName, CancellationToken cancellationToken)
    {
        var result = await _git.RunAsync(["rev-parse", "--verify", "--quiet", refName], cancellationToken).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => result.Output.Trim(),
            1 => null,
            _ => throw _git.Failed(result),
        };
    }

    private async Task<bool> ExistsOnRemoteAsync(string refName, CancellationToken cancellationToken)
    {
        var result = await _git.RunAsync(["ls-remote", _remote, refName], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw _git.Failed(result);
        }

        // ls-remote matches patterns by their tail; keep only the exact name.
        return result.Output.Split('\n').Any(line => line.EndsWith("\t" + refName, StringComparison.Ordinal));
    }

    private async Task<bool> HasRemoteAsync(CancellationToken cancellationToken)
    {
        if (_hasRemote is { } known)
        {
            return known;
        }

        var result = await _git.RunAsync(["config", "--get", $"remote.{_remote}.url"], cancellationToken).ConfigureAwait(false);
        _hasRemote = result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => throw _git.Failed(result),
        };
        return _hasRemote.Value;
    }

    // Records carry their actor in the record itself; the commits get a fixed identity, so writing one never fails for
    // want of user.name on a CI machine, and the store's clock, so tests control the dates.
    private Dictionary<string, string?> IdentityAndDate()
    {
        var date = string.Create(CultureInfo.InvariantCulture, $"{_timeProvider.GetUtcNow().ToUnixTimeSeconds()} +0000");
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_AUTHOR_NAME"] = "Liftoff",
            ["GIT_AUTHOR_EMAIL"] = "liftoff@localhost",
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_NAME"] = "Liftoff",
            ["GIT_COMMITTER_EMAIL"] = "liftoff@localhost",
            ["GIT_COMMITTER_DATE"] = date,
        };
    }
}
