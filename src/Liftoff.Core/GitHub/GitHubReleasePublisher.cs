using System.Globalization;
using System.Text;

namespace Liftoff.GitHub;

/// <summary>
/// Publishes a release with its assets, safe to re-run: the release is found by tag and updated, assets of the
/// same name are replaced, and each asset's sha256 goes into the notes. A new release that has assets is created
/// as a draft and published only once every asset is up, so nobody sees a release with files missing.
/// </summary>
public sealed class GitHubReleasePublisher
{
    /// <summary>The heading of the checksum section appended to the notes.</summary>
    public const string ChecksumsHeading = "### Checksums (sha256)";

    private readonly IGitHubReleases _releases;

    /// <summary>Creates a publisher over <paramref name="releases"/>.</summary>
    public GitHubReleasePublisher(IGitHubReleases releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        _releases = releases;
    }

    /// <summary>
    /// Publishes <paramref name="plan"/>. With <paramref name="dryRun"/>, only reads: it reports whether the release
    /// would be created or updated and the notes it would carry, and changes nothing.
    /// </summary>
    public async Task<GitHubReleaseOutcome> PublishAsync(GitHubReleasePlan plan, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var checksums = new List<AssetChecksum>();
        foreach (var asset in plan.Assets)
        {
            checksums.Add(new AssetChecksum(asset.Name, await asset.ComputeSha256Async(cancellationToken).ConfigureAwait(false)));
        }

        var notes = WithChecksums(plan.Release.Body, checksums);
        var request = plan.Release with { Body = notes };
        var existing = await _releases.FindByTagAsync(request.Tag, cancellationToken).ConfigureAwait(false);
        if (dryRun)
        {
            var wouldBe = existing is null ? ReleaseChange.Created : ReleaseChange.Updated;
            return new GitHubReleaseOutcome(request.Tag, wouldBe, null, notes, checksums, DryRun: true);
        }

        var holdAsDraft = existing is null && plan.Assets.Count > 0 && !request.Draft;
        var upserted = await _releases.UpsertAsync(holdAsDraft ? request with { Draft = true } : request, cancellationToken)
            .ConfigureAwait(false);
        foreach (var asset in plan.Assets)
        {
            await _releases.UploadAssetAsync(upserted.Release.Id, asset, cancellationToken).ConfigureAwait(false);
        }

        var release = upserted.Release;
        if (holdAsDraft)
        {
            release = (await _releases.UpsertAsync(request, cancellationToken).ConfigureAwait(false)).Release;
        }

        return new GitHubReleaseOutcome(request.Tag, upserted.Change, release, notes, checksums, DryRun: false);
    }

    /// <summary>The notes with a checksum table appended (unchanged when there are no assets).</summary>
    public static string WithChecksums(string notes, IReadOnlyList<AssetChecksum> checksums)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(checksums);
        if (checksums.Count == 0)
        {
            return notes;
        }

        var text = new StringBuilder(notes.TrimEnd());
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(ChecksumsHeading).Append("\n\n| File | sha256 |\n| --- | --- |\n");
        foreach (var checksum in checksums)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{checksum.Name}` | `{checksum.Sha256}` |\n");
        }

        return text.ToString();
    }
}
