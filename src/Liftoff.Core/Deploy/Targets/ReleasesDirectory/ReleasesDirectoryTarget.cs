using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// The Capistrano/Deployer model, done right: each artifact is unpacked into <c>releases/&lt;version&gt;-&lt;shortsha&gt;/</c>
/// (checked against its manifest, zip slip refused), shared folders are linked in, an optional check runs, and
/// <c>current</c> is switched by rename(2) over a temporary link, so the web server never sees a missing or
/// half-written release. Everything is world-readable, because the web server's workers run as another user.
/// </summary>
/// <remarks>Not safe against two deploys at once; the per-environment deploy lock ensures there is one.</remarks>
public sealed class ReleasesDirectoryTarget : IDeployTarget
{
    private readonly ReleasesDirectoryOptions _options;
    private readonly ReleasesLayout _layout;
    private readonly TimeProvider _time;

    /// <summary>Creates the target; the options are validated here.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.DeployTargetInvalid"/> for bad options.</exception>
    public ReleasesDirectoryTarget(ReleasesDirectoryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _layout = new ReleasesLayout(Path.TrimEndingDirectorySeparator(options.Root));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The release id for an artifact: <c>&lt;version&gt;-&lt;first 7 characters of the commit&gt;</c>.</summary>
    public static string ReleaseIdFor(ArtifactManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return $"{manifest.Version}-{manifest.Commit[..Math.Min(7, manifest.Commit.Length)]}";
    }

    /// <inheritdoc />
    /// <remarks>Preparing the same build again reuses its folder; a different build under the same id is refused.</remarks>
    public async Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var id = ReleaseIdFor(artifact.Manifest);
        var final = _layout.Release(id);
        UnixModes.CreateDirectory(_layout.Root);
        UnixModes.CreateDirectory(_layout.Releases);
        if (Directory.Exists(final))
        {
            await RequireSameBuildAsync(final, artifact.Marker, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Unpacked beside the releases under a dot-name, then renamed: a release folder is complete or absent.
            var staging = Path.Combine(_layout.Releases, $".staging-{id}-{Guid.NewGuid():N}");
            try
            {
                await ArtifactExtractor.ExtractAsync(artifact, staging, cancellationToken).ConfigureAwait(false);
                SharedDirectoryLinker.Link(_layout, staging, _options.SharedDirectories);
                Directory.Move(staging, final);
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }

        // The prepare time orders releases for pruning; a redeploy counts as new.
        Directory.SetLastWriteTimeUtc(final, _time.GetUtcNow().UtcDateTime);
        return new PreparedRelease(id, final, artifact.Marker);
    }

    /// <inheritdoc />
    /// <remarks>The marker normally arrives inside the artifact; it is written only when missing, and checked otherwise.</remarks>
    public async Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        var directory = RequireRelease(release.Id);
        if (await ReleaseMarkers.ReadAsync(directory, cancellationToken).ConfigureAwait(false) is null)
        {
            await ReleaseMarkers.WriteAsync(directory, release.Marker, cancellationToken).ConfigureAwait(false);
        }

        await RequireSameBuildAsync(directory, release.Marker, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.PreSwitchCheckFailed"/> when the check refuses the release (nothing switched);
    /// <see cref="DiagnosticCodes.ReleaseNotFound"/>; <see cref="DiagnosticCodes.SwitchFailed"/>.
    /// </exception>
    public async Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        RequireRelease(release.Id);
        if (_options.PreSwitchCheck is { } check
            && await check(release, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            throw new LiftoffException(DiagnosticCodes.PreSwitchCheckFailed, ExitCodes.TaskFailed,
                $"the pre-switch check refused release {release.Id}: {refusal}; the release served before is still served");
        }

        var result = SwitchTo(release.Id);
        // 'previous' is read back rather than taken from the result: a redeploy of the served release leaves it as it was.
        var pruned = ReleasePruner.Prune(_layout, _options.Keep, result.To, result.From, PreviousReleaseId());
        return result with { Pruned = pruned };
    }

    /// <inheritdoc />
    public async Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (ReleasesLayout.ReadLink(_layout.Current) is not { } id)
        {
            return null;
        }

        // Read through releases/<id>, not through current, so a concurrent switch cannot mix two releases.
        var directory = _layout.Release(id);
        var marker = await ReleaseMarkers.ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        return new DeployedRelease(id, directory, marker);
    }

    /// <summary>The release <c>current</c> pointed to before the last switch, or null; the usual rollback target.</summary>
    public string? PreviousReleaseId() => ReleasesLayout.ReadLink(_layout.Previous);

    /// <summary>The releases on the target, newest prepared first.</summary>
    public IReadOnlyList<string> ListReleases() =>
        !Directory.Exists(_layout.Releases)
            ? []
            : [.. new DirectoryInfo(_layout.Releases).EnumerateDirectories()
                .Where(d => !d.Name.StartsWith('.'))
                .OrderByDescending(d => d.LastWriteTimeUtc)
                .ThenByDescending(d => d.Name, StringComparer.Ordinal)
                .Select(d => d.Name)];

    /// <inheritdoc />
    /// <remarks>One atomic switch and nothing else: no check, no pruning, so it takes milliseconds.</remarks>
    public Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(releaseId);
        cancellationToken.ThrowIfCancellationRequested();
        RequireRelease(releaseId);
        return Task.FromResult(SwitchTo(releaseId));
    }

    private SwitchResult SwitchTo(string id)
    {
        var before = ReleasesLayout.ReadLink(_layout.Current);
        var started = _time.GetTimestamp();
        AtomicSymlink.Replace(_layout.Current, ReleasesLayout.LinkTargetFor(id));
        var elapsed = _time.GetElapsedTime(started);
        if (before is not null && before != id)
        {
            AtomicSymlink.Replace(_layout.Previous, ReleasesLayout.LinkTargetFor(before));
        }

        return new SwitchResult(before, id, elapsed, []);
    }

    private string RequireRelease(string id)
    {
        var directory = _layout.Release(id);
        if (id.Contains('/', StringComparison.Ordinal) || id.StartsWith('.') || !Directory.Exists(directory))
        {
            throw new LiftoffException(DiagnosticCodes.ReleaseNotFound, ExitCodes.TaskFailed,
                $"release '{id}' is not in {_layout.Releases}; available: {string.Join(", ", ListReleases())}");
        }

        return directory;
    }

    private static async Task RequireSameBuildAsync(string directory, VersionMarker expected, CancellationToken cancellationToken)
    {
        var found = await ReleaseMarkers.ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.SameBuildAs(expected))
        {
            throw new LiftoffException(DiagnosticCodes.ReleaseConflict, ExitCodes.TaskFailed,
                $"{directory} already exists but holds {(found is null ? "no readable version marker" : $"{found.Artifact} (content {found.ContentSha256})")}, " +
                $"not {expected.Artifact} (content {expected.ContentSha256}); remove it or deploy another version");
        }
    }
}
