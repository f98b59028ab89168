namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's git references. There is no object database behind it, so any well-formed sha is accepted
/// and every update counts as a fast-forward; <c>force</c> is accepted and recorded nowhere.
/// </summary>
public sealed class GitRefStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, StoredRef> _refs = new(StringComparer.Ordinal);

    /// <summary>
    /// True when GitHub accepts <paramref name="name"/> as a full reference name: it starts with <c>refs/</c> and
    /// has at least two slashes.
    /// </summary>
    public static bool IsValidName(string? name) =>
        name is not null
        && name.StartsWith("refs/", StringComparison.Ordinal)
        && name.Count(c => c == '/') >= 2
        && !name.EndsWith('/');

    /// <summary>All references, sorted by name as GitHub lists them.</summary>
    public IReadOnlyList<StoredRef> All()
    {
        lock (_gate)
        {
            return [.. _refs.Values];
        }
    }

    /// <summary>References whose full name starts with <paramref name="prefix"/> (a plain string prefix, as GitHub matches).</summary>
    public IReadOnlyList<StoredRef> Matching(string prefix) =>
        [.. All().Where(r => r.Name.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>The reference named <paramref name="name"/> exactly, or null.</summary>
    public StoredRef? Get(string name)
    {
        lock (_gate)
        {
            return _refs.GetValueOrDefault(name);
        }
    }

    /// <summary>Creates a reference; <see cref="StoreOutcome.Conflict"/> when it exists.</summary>
    public StoreResult<StoredRef> Create(string name, string sha)
    {
        lock (_gate)
        {
            if (_refs.ContainsKey(name))
            {
                return StoreResult<StoredRef>.Conflict();
            }

            var created = new StoredRef(name, sha);
            _refs[name] = created;
            return StoreResult<StoredRef>.Done(created);
        }
    }

    /// <summary>Points an existing reference at <paramref name="sha"/>; <see cref="StoreOutcome.NotFound"/> when absent.</summary>
    public StoreResult<StoredRef> Update(string name, string sha)
    {
        lock (_gate)
        {
            if (!_refs.ContainsKey(name))
            {
                return StoreResult<StoredRef>.NotFound();
            }

            var updated = new StoredRef(name, sha);
            _refs[name] = updated;
            return StoreResult<StoredRef>.Done(updated);
        }
    }

    /// <summary>Seeds a reference from a test, creating or moving it.</summary>
    public StoredRef Set(string name, string sha)
    {
        lock (_gate)
        {
            var stored = new StoredRef(name, sha);
            _refs[name] = stored;
            return stored;
        }
    }

    /// <summary>Deletes a reference; false when there was none.</summary>
    public bool Delete(string name)
    {
        lock (_gate)
        {
            return _refs.Remove(name);
        }
    }
}
