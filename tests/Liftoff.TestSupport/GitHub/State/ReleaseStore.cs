namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's releases, with GitHub's rules: a tag has at most one published release, drafts may share a
/// tag (GitHub allows it, and it is how a re-run can leave two drafts), and drafts are invisible to get-by-tag
/// and to latest. Asset operations live in <see cref="ReleaseStore"/>'s partial file ReleaseStore.Assets.cs.
/// </summary>
public sealed partial class ReleaseStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredRelease> _releases = [];
    private readonly GitHubState _server;

    internal ReleaseStore(GitHubState server) => _server = server;

    /// <summary>All releases, newest first (by creation time, then id), drafts included.</summary>
    public IReadOnlyList<StoredRelease> All()
    {
        lock (_gate)
        {
            return [.. _releases.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)];
        }
    }

    /// <summary>The release with <paramref name="id"/>, or null.</summary>
    public StoredRelease? Get(long id)
    {
        lock (_gate)
        {
            return _releases.Find(r => r.Id == id);
        }
    }

    /// <summary>The published release for <paramref name="tagName"/>, or null; drafts are skipped as GitHub does.</summary>
    public StoredRelease? GetByTag(string tagName)
    {
        lock (_gate)
        {
            return _releases.Find(r => !r.Draft && r.TagName == tagName);
        }
    }

    /// <summary>The newest published release that is not a prerelease, or null.</summary>
    public StoredRelease? Latest() => All().FirstOrDefault(r => !r.Draft && !r.Prerelease);

    /// <summary>Creates a release; <see cref="StoreOutcome.Conflict"/> when the tag already has a published one.</summary>
    public StoreResult<StoredRelease> Create(ReleaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = _server.Time.GetUtcNow();
        var release = new StoredRelease(
            _server.NextId(), input.TagName, input.TargetCommitish, input.Name, input.Body, input.Draft,
            input.Prerelease, now, input.Draft ? null : now, []);
        lock (_gate)
        {
            if (!release.Draft && HasPublishedTag(release.TagName, exceptId: null))
            {
                return StoreResult<StoredRelease>.Conflict();
            }

            _releases.Add(release);
            return StoreResult<StoredRelease>.Done(release);
        }
    }

    /// <summary>Seeds a release from a test; throws when GitHub would have refused it.</summary>
    /// <exception cref="InvalidOperationException">The tag already has a published release.</exception>
    public StoredRelease Add(ReleaseInput input) =>
        Create(input).Value
        ?? throw new InvalidOperationException($"Tag '{input?.TagName}' already has a published release.");

    /// <summary>
    /// Applies <paramref name="change"/> to the release. Publishing a draft stamps <c>published_at</c>, and is a
    /// <see cref="StoreOutcome.Conflict"/> when another published release holds the tag.
    /// </summary>
    public StoreResult<StoredRelease> Update(long id, Func<StoredRelease, StoredRelease> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var index = _releases.FindIndex(r => r.Id == id);
            if (index < 0)
            {
                return StoreResult<StoredRelease>.NotFound();
            }

            var before = _releases[index];
            var after = change(before) with { Id = before.Id, Assets = before.Assets };
            if (!after.Draft && HasPublishedTag(after.TagName, exceptId: id))
            {
                return StoreResult<StoredRelease>.Conflict();
            }

            after = after with { PublishedAt = after.Draft ? null : before.PublishedAt ?? _server.Time.GetUtcNow() };
            _releases[index] = after;
            return StoreResult<StoredRelease>.Done(after);
        }
    }

    /// <summary>Deletes the release and its assets; false when there was none.</summary>
    public bool Delete(long id)
    {
        lock (_gate)
        {
            return _releases.RemoveAll(r => r.Id == id) > 0;
        }
    }

    private bool HasPublishedTag(string tagName, long? exceptId) =>
        _releases.Exists(r => !r.Draft && r.TagName == tagName && r.Id != exceptId);
}
