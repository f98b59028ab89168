using System.Globalization;
using System.Text;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.Records.RefStore;

namespace Liftoff.Deploy.Targets.GitHubPages;

/// <summary>
/// Deploys to a branch (default <c>gh-pages</c>) of any git remote. <see cref="PrepareAsync"/> fetches the branch's
/// tip into a private ref, builds the site's tree with a temporary index and writes a commit on top of the tip, all
/// locally; <see cref="SwitchAsync"/> pushes it as a fast-forward. A rollback is a new commit whose tree is the earlier
/// release's tree: never a force push, and history is kept. The user's working tree, index and HEAD are never touched.
/// </summary>
/// <remarks>
/// The commit messages carry <c>Liftoff-Release</c> and <c>Liftoff-Tree</c> trailers, so the branch alone says what
/// is served and which tree each release had. A push refused because someone else moved the branch fails with
/// <see cref="DiagnosticCodes.PagesBranchMoved"/> and loses nothing.
/// </remarks>
public sealed class GitHubPagesTarget : IDeployTarget
{
    private readonly GitHubPagesOptions _options;
    private readonly TimeProvider _time;
    private readonly GitRunner _git;
    private readonly PagesRemoteBranch _branch;
    private readonly PagesHistory _history;

    /// <summary>Creates the target; the options are validated here.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.PagesOptionsInvalid"/> for bad options.</exception>
    public GitHubPagesTarget(GitHubPagesOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _git = new GitRunner(options.RepositoryPath, options.Environment, options.GitExecutable);
        _branch = new PagesRemoteBranch(_git, options.Remote, options.Branch);
        _history = new PagesHistory(_git);
    }

    /// <summary>The release id for an artifact: <c>&lt;version&gt;-&lt;first 7 characters of the commit&gt;</c>.</summary>
    public static string ReleaseIdFor(ArtifactManifest manifest) =>
        ReleasesDirectory.ReleasesDirectoryTarget.ReleaseIdFor(manifest);

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="PreparedRelease.Location"/> is the new commit, not yet pushed. When the branch already serves this
    /// release with the same tree, it is the tip itself and the switch does nothing.
    /// </remarks>
    public async Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var id = ReleaseIdFor(artifact.Manifest);
        var tip = await _branch.FetchTipAsync(cancellationToken).ConfigureAwait(false);
        var tree = await new PagesTreeWriter(_git).WriteAsync(artifact, _options.Cname, _options.NoJekyll, cancellationToken).ConfigureAwait(false);
        if (tip is not null)
        {
            var served = await _history.ReadAsync(tip, cancellationToken).ConfigureAwait(false);
            if (served.ReleaseId == id && served.Tree == tree)
            {
                return new PreparedRelease(id, tip, artifact.Marker);
            }
        }

        var message = PagesCommitMessage.ForDeploy(id, artifact.Manifest.Identity, artifact.Manifest.Commit, tree);
        var commit = await CommitAsync(tree, tip, message, cancellationToken).ConfigureAwait(false);
        return new PreparedRelease(id, commit, artifact.Marker);
    }

    /// <inheritdoc />
    /// <remarks>The marker always sits in the prepared tree (added when the artifact lacked it); this checks it.</remarks>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.PagesMarkerMismatch"/>.</exception>
    public async Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        var found = await ReadMarkerAsync(release.Location, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.SameBuildAs(release.Marker))
        {
            throw new LiftoffException(DiagnosticCodes.PagesMarkerMismatch, ExitCodes.TaskFailed,
                $"commit {release.Location} holds {(found is null ? "no readable version marker" : $"{found.Artifact} (content {found.ContentSha256})")} " +
                $"at {VersionMarker.PathInArtifact}, not {release.Marker.Artifact} (content {release.Marker.ContentSha256})");
        }
    }

    /// <inheritdoc />
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.PagesBranchMoved"/> when the branch moved since <see cref="PrepareAsync"/> (nothing
    /// pushed); <see cref="DiagnosticCodes.PagesPushFailed"/>; <see cref="DiagnosticCodes.PagesReleaseNotFound"/> when
    /// the location is not a Pages commit for the release.
    /// </exception>
    public async Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        var prepared = await ReadCommitAsync(release.Location, cancellationToken).ConfigureAwait(false);
        if (prepared?.ReleaseId != release.Id)
        {
            throw NotFound($"{release.Location} is not a prepared Pages commit for release {release.Id}");
        }

        var tracked = await ReadCommitAsync(_branch.TrackingRef, cancellationToken).ConfigureAwait(false);
        if (tracked?.Sha == prepared.Sha)
        {
            // Already the tip when prepared: a redeploy of what is served.
            return new SwitchResult(release.Id, release.Id, TimeSpan.Zero, []);
        }

        // A parent Liftoff did not write (a hand-made commit) is named by its sha, as CurrentAsync names it.
        var from = prepared.Parent is null ? null
            : (await _history.ReadAsync(prepared.Parent, cancellationToken).ConfigureAwait(false)).ReleaseId ?? prepared.Parent;
        var elapsed = await PushAsync(prepared.Sha, prepared.Parent, cancellationToken).ConfigureAwait(false);
        return new SwitchResult(from, release.Id, elapsed, []);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The branch's tip as the remote has it now. A tip Liftoff did not write has its commit sha as id. Pages itself
    /// may still serve an older tree for a while; validation reads the served marker to know.
    /// </remarks>
    public async Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (await _branch.FetchTipAsync(cancellationToken).ConfigureAwait(false) is not { } tip)
        {
            return null;
        }

        var commit = await _history.ReadAsync(tip, cancellationToken).ConfigureAwait(false);
        var marker = await ReadMarkerAsync(tip, cancellationToken).ConfigureAwait(false);
        return new DeployedRelease(commit.ReleaseId ?? tip, tip, marker);
    }

    /// <summary>The release ids in the branch's history, newest first; the candidates for a rollback.</summary>
    public async Task<IReadOnlyList<string>> ListReleasesAsync(CancellationToken cancellationToken = default) =>
        await _branch.FetchTipAsync(cancellationToken).ConfigureAwait(false) is { } tip
            ? await _history.ListReleasesAsync(tip, cancellationToken).ConfigureAwait(false)
            : [];

    /// <inheritdoc />
    /// <remarks>
    /// A new commit on top of the tip whose tree is the newest tree <paramref name="releaseId"/> had; serving it
    /// already is a no-op.
    /// </remarks>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.PagesReleaseNotFound"/>; <see cref="DiagnosticCodes.PagesBranchMoved"/>;
    /// <see cref="DiagnosticCodes.PagesPushFailed"/>.
    /// </exception>
    public async Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(releaseId);
        var tip = await _branch.FetchTipAsync(cancellationToken).ConfigureAwait(false)
            ?? throw NotFound($"{_branch.Describe} does not exist, so release '{releaseId}' cannot be restored");
        var served = await _history.ReadAsync(tip, cancellationToken).ConfigureAwait(false);
        if (served.ReleaseId == releaseId)
        {
            return new SwitchResult(releaseId, releaseId, TimeSpan.Zero, []);
        }

        var earlier = await _history.FindReleaseAsync(tip, releaseId, cancellationToken).ConfigureAwait(false);
        if (earlier is null)
        {
            var available = await _history.ListReleasesAsync(tip, cancellationToken).ConfigureAwait(false);
            throw NotFound($"release '{releaseId}' is not in the history of {_branch.Describe}; available: {string.Join(", ", available)}");
        }

        var message = PagesCommitMessage.ForRollback(releaseId, served.ReleaseId, earlier.Tree);
        var commit = await CommitAsync(earlier.Tree, tip, message, cancellationToken).ConfigureAwait(false);
        var elapsed = await PushAsync(commit, tip, cancellationToken).ConfigureAwait(false);
        return new SwitchResult(served.ReleaseId ?? tip, releaseId, elapsed, []);
    }

    private async Task<TimeSpan> PushAsync(string commit, string? expectedTip, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        await _branch.PushAsync(commit, expectedTip, cancellationToken).ConfigureAwait(false);
        return _time.GetElapsedTime(started);
    }

    private async Task<string> CommitAsync(string tree, string? parent, string message, CancellationToken cancellationToken)
    {
        List<string> arguments = ["commit-tree", tree];
        if (parent is not null)
        {
            arguments.AddRange(["-p", parent]);
        }

        arguments.AddRange(["-m", message]);
        return await _git.RunCheckedAsync(arguments, cancellationToken, IdentityAndDate()).ConfigureAwait(false);
    }

    private async Task<PagesCommit?> ReadCommitAsync(string revision, CancellationToken cancellationToken)
    {
        var resolved = await _git.RunAsync(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], cancellationToken).ConfigureAwait(false);
        return resolved.ExitCode == 0
            ? await _history.ReadAsync(resolved.Output.Trim(), cancellationToken).ConfigureAwait(false)
            : null;
    }

    private async Task<VersionMarker?> ReadMarkerAsync(string commit, CancellationToken cancellationToken)
    {
        var blob = await _git.RunAsync(["cat-file", "blob", $"{commit}:{VersionMarker.PathInArtifact}"], cancellationToken).ConfigureAwait(false);
        return blob.ExitCode == 0 ? ArtifactJson.TryParseMarker(Encoding.UTF8.GetBytes(blob.Output)) : null;
    }

    // The configured identity, not the user's git config: a CI machine without user.name can still deploy, and the
    // target's clock dates the commit so tests control it.
    private Dictionary<string, string?> IdentityAndDate()
    {
        var date = string.Create(CultureInfo.InvariantCulture, $"{_time.GetUtcNow().ToUnixTimeSeconds()} +0000");
        var identity = _options.CommitIdentity;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_AUTHOR_NAME"] = identity.Name,
            ["GIT_AUTHOR_EMAIL"] = identity.Email,
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_NAME"] = identity.Name,
            ["GIT_COMMITTER_EMAIL"] = identity.Email,
            ["GIT_COMMITTER_DATE"] = date,
        };
    }

    private static LiftoffException NotFound(string message) =>
        new(DiagnosticCodes.PagesReleaseNotFound, ExitCodes.TaskFailed, message);
}
