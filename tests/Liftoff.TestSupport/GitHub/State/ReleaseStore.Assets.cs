namespace Liftoff.TestSupport.GitHub.State;

/// <summary>Release assets: names are unique per release, as GitHub enforces with a 422.</summary>
public sealed partial class ReleaseStore
{
    /// <summary>
    /// Stores an uploaded asset; <see cref="StoreOutcome.NotFound"/> without the release,
    /// <see cref="StoreOutcome.Conflict"/> when the release already has an asset of that name.
    /// </summary>
    public StoreResult<StoredAsset> AddAsset(
        long releaseId, string name, string? label, string contentType, ReadOnlyMemory<byte> content)
    {
        var now = _server.Time.GetUtcNow();
        lock (_gate)
        {
            var index = _releases.FindIndex(r => r.Id == releaseId);
            if (index < 0)
            {
                return StoreResult<StoredAsset>.NotFound();
            }

            var release = _releases[index];
            if (release.Assets.Any(a => a.Name == name))
            {
                return StoreResult<StoredAsset>.Conflict();
            }

            var asset = new StoredAsset(_server.NextId(), name, label, contentType, content.ToArray(), now, now);
            _releases[index] = release with { Assets = [.. release.Assets, asset] };
            return StoreResult<StoredAsset>.Done(asset);
        }
    }

    /// <summary>The asset with <paramref name="assetId"/> and the release holding it, or null.</summary>
    public (StoredRelease Release, StoredAsset Asset)? GetAsset(long assetId)
    {
        lock (_gate)
        {
            foreach (var release in _releases)
            {
                var asset = release.Assets.FirstOrDefault(a => a.Id == assetId);
                if (asset is not null)
                {
                    return (release, asset);
                }
            }

            return null;
        }
    }

    /// <summary>Renames or relabels an asset; <see cref="StoreOutcome.Conflict"/> when the new name is taken.</summary>
    public StoreResult<StoredAsset> UpdateAsset(long assetId, string? name, string? label)
    {
        var now = _server.Time.GetUtcNow();
        lock (_gate)
        {
            var index = _releases.FindIndex(r => r.Assets.Any(a => a.Id == assetId));
            if (index < 0)
            {
                return StoreResult<StoredAsset>.NotFound();
            }

            var release = _releases[index];
            var before = release.Assets.First(a => a.Id == assetId);
            var after = before with { Name = name ?? before.Name, Label = label ?? before.Label, UpdatedAt = now };
            if (release.Assets.Any(a => a.Id != assetId && a.Name == after.Name))
            {
                return StoreResult<StoredAsset>.Conflict();
            }

            _releases[index] = release with { Assets = [.. release.Assets.Select(a => a.Id == assetId ? after : a)] };
            return StoreResult<StoredAsset>.Done(after);
        }
    }

    /// <summary>Deletes an asset; false when there was none.</summary>
    public bool DeleteAsset(long assetId)
    {
        lock (_gate)
        {
            var index = _releases.FindIndex(r => r.Assets.Any(a => a.Id == assetId));
            if (index < 0)
            {
                return false;
            }

            var release = _releases[index];
            _releases[index] = release with { Assets = [.. release.Assets.Where(a => a.Id != assetId)] };
            return true;
        }
    }
}
