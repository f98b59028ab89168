namespace Liftoff.Records.RefStore;

/// <summary>
/// Small records kept as git refs, each pointing at a commit whose message holds the record. Updates are
/// compare-and-swap: against the remote with <c>git push --force-with-lease</c>, or, with no remote, against the local
/// repository with <c>git update-ref &lt;ref&gt; &lt;new&gt; &lt;old&gt;</c>. Nothing here touches the working tree or the index.
/// </summary>
public interface IRefStore
{
    /// <summary>Where the refs live, for messages: the remote's name, or "the local repository".</summary>
    /// <exception cref="Diagnostics.LiftoffException">git failed.</exception>
    Task<string> DescribeLocationAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The commit <paramref name="refName"/> points at now, or null when it does not exist. From a remote, the commit
    /// is fetched too, so its message and history can be read locally afterwards.
    /// </summary>
    /// <exception cref="Diagnostics.LiftoffException">git failed (for example, the remote cannot be reached).</exception>
    Task<string?> ReadAsync(string refName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a commit over the empty tree with <paramref name="message"/> and at most one parent, without touching the
    /// working tree, the index or any ref. The commit is dated by the store's <see cref="TimeProvider"/>.
    /// </summary>
    /// <returns>The new commit's sha.</returns>
    Task<string> WriteCommitAsync(string message, string? parent, CancellationToken cancellationToken = default);

    /// <summary>The raw message of a commit already present locally.</summary>
    Task<string> ReadMessageAsync(string commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The raw messages from <paramref name="tip"/> back to the root, newest first, read from one streamed
    /// <c>git log</c> rather than one process per commit.
    /// </summary>
    IAsyncEnumerable<string> ReadMessagesAsync(string tip, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves <paramref name="refName"/> from <paramref name="expected"/> to <paramref name="replacement"/> only if it still
    /// points at <paramref name="expected"/>.
    /// </summary>
    /// <param name="refName">The full ref name, for example <c>refs/liftoff/ledger</c>.</param>
    /// <param name="expected">The commit it must point at now; null means "must not exist" (create).</param>
    /// <param name="replacement">The commit to point it at; null deletes it.</param>
    /// <param name="cancellationToken">Kills git and throws when cancelled.</param>
    /// <returns>Whether the swap happened; when not, <see cref="RefUpdate.Reason"/> says what git reported.</returns>
    /// <exception cref="Diagnostics.LiftoffException">git failed for a reason other than a lost race.</exception>
    Task<RefUpdate> CompareAndSwapAsync(string refName, string? expected, string? replacement, CancellationToken cancellationToken = default);
}
