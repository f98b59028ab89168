using Liftoff.Diagnostics;
using Octokit;
using Polly;

namespace Liftoff.GitHub;

/// <summary>
/// <see cref="IGitHubReleases"/> over Octokit. Each public method is one unit that is safe to repeat (look up,
/// then create or update), and the resilience pipeline retries that whole unit, never a bare create. So when an
/// attempt fails after GitHub acted (a 502 or a reset after the create went through) the retry finds the release
/// instead of making a second one.
/// </summary>
public sealed class OctokitGitHubReleases : IGitHubReleases
{
    private static readonly ApiOptions AllPages = new() { PageSize = 100 };
    private readonly IReleasesClient _releases;
    private readonly GitHubRepository _repository;
    private readonly ResiliencePipeline _pipeline;
    private readonly GitHubResilienceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the releases client for <paramref name="repository"/>.</summary>
    /// <param name="client">The Octokit client, from <see cref="GitHubClientFactory"/>.</param>
    /// <param name="repository">The repository the releases belong to.</param>
    /// <param name="options">The retry settings; also used to build the pipeline. Default: the defaults.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="log">Told about each retry. Default: nothing is logged.</param>
    public OctokitGitHubReleases(
        IGitHubClient client,
        GitHubRepository repository,
        GitHubResilienceOptions? options = null,
        TimeProvider? time = null,
        IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _releases = client.Repository.Release;
        _repository = repository;
        _options = options ?? new GitHubResilienceOptions();
        _time = time ?? TimeProvider.System;
        _pipeline = GitHubResilience.Build(_options, _time, log);
    }

    private string Owner => _repository.Owner;

    private string Repo => _repository.Name;

    /// <inheritdoc />
    public async Task<GitHubRelease?> FindByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var found = await RunAsync(
            $"find release {tag}", token => FindAsync(tag, token), cancellationToken).ConfigureAwait(false);
        return found is null ? null : ToModel(found);
    }

    /// <inheritdoc />
    public Task<ReleaseUpsertResult> UpsertAsync(ReleaseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Tag))
        {
            throw new LiftoffException(
                DiagnosticCodes.GitHubReleaseRequestInvalid, ExitCodes.BadInput, "A GitHub release needs a tag; the tag is empty.");
        }

        return RunAsync($"create or update release {request.Tag}", token => UpsertOnceAsync(request, token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<GitHubReleaseAsset> UploadAssetAsync(
        long releaseId, ReleaseAssetRequest asset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (string.IsNullOrWhiteSpace(asset.Name))
        {
            throw new LiftoffException(
                DiagnosticCodes.GitHubReleaseRequestInvalid, ExitCodes.BadInput, "A release asset needs a name; the name is empty.");
        }

        var sha256 = await asset.ComputeSha256Async(cancellationToken).ConfigureAwait(false);
        var replaced = false;
        return await RunAsync(
            $"upload asset {asset.Name}",
            async token =>
            {
                var release = await _releases.Get(Owner, Repo, releaseId).WaitAsync(token).ConfigureAwait(false);
                var existing = await _releases.GetAllAssets(Owner, Repo, releaseId, AllPages).WaitAsync(token).ConfigureAwait(false);
                foreach (var old in existing.Where(a => string.Equals(a.Name, asset.Name, StringComparison.Ordinal)))
                {
                    await _releases.DeleteAsset(Owner, Repo, old.Id).WaitAsync(token).ConfigureAwait(false);
                    replaced = true;
                }

                var content = asset.OpenRead();
                await using (content.ConfigureAwait(false))
                {
                    var upload = new ReleaseAssetUpload(asset.Name, asset.ContentType, content, _options.AttemptTimeout);
                    var uploaded = await _releases.UploadAsset(release, upload, token).WaitAsync(token).ConfigureAwait(false);
                    return new GitHubReleaseAsset(
                        uploaded.Id, uploaded.Name, uploaded.Size, sha256, new Uri(uploaded.BrowserDownloadUrl), replaced);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReleaseUpsertResult> UpsertOnceAsync(ReleaseRequest request, CancellationToken token)
    {
        if (await FindAsync(request.Tag, token).ConfigureAwait(false) is { } existing)
        {
            return new ReleaseUpsertResult(await UpdateAsync(existing, request, token).ConfigureAwait(false), ReleaseChange.Updated);
        }

        try
        {
            var created = await _releases.Create(Owner, Repo, ToNewRelease(request)).WaitAsync(token).ConfigureAwait(false);
            return new ReleaseUpsertResult(ToModel(created), ReleaseChange.Created);
        }
        catch (ApiValidationException error) when (IsAlreadyExists(error))
        {
            // Another run (or an earlier attempt whose answer was lost) published the release between the lookup
            // and the create: update that one.
            var raced = await FindAsync(request.Tag, token).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            return new ReleaseUpsertResult(await UpdateAsync(raced, request, token).ConfigureAwait(false), ReleaseChange.Updated);
        }
    }

    /// <summary>
    /// The published release for the tag, else the newest draft with it: GitHub hides drafts from get-by-tag, so
    /// the list is scanned for them.
    /// </summary>
    private async Task<Release?> FindAsync(string tag, CancellationToken token)
    {
        try
        {
            return await _releases.Get(Owner, Repo, tag).WaitAsync(token).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            // Not published; look for a draft below.
        }

        var all = await _releases.GetAll(Owner, Repo, AllPages).WaitAsync(token).ConfigureAwait(false);
        return all.Where(r => r.Draft && string.Equals(r.TagName, tag, StringComparison.Ordinal))
            .OrderByDescending(r => r.CreatedAt)
            .ThenByDescending(r => r.Id)
            .FirstOrDefault();
    }

    /// <summary>Updates the release; a published release is never turned back into a draft.</summary>
    private async Task<GitHubRelease> UpdateAsync(Release existing, ReleaseRequest request, CancellationToken token)
    {
        var update = new ReleaseUpdate
        {
            TagName = request.Tag,
            Name = request.Name ?? request.Tag,
            Body = request.Body,
            Draft = request.Draft && existing.Draft,
            Prerelease = request.Prerelease,
            TargetCommitish = request.TargetCommitish,
        };
        return ToModel(await _releases.Edit(Owner, Repo, existing.Id, update).WaitAsync(token).ConfigureAwait(false));
    }

    private async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GitHubResilience.OperationKey, operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false),
                context,
                action).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested
            && GitHubErrors.Translate(error, operation, _repository, _options, _time) is { } translated)
        {
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }


    private static bool IsAlreadyExists(ApiValidationException error) =>
        error.ApiError?.Errors?.Any(e => string.Equals(e.Code, "already_exists", StringComparison.Ordinal)) == true;

    private static NewRelease ToNewRelease(ReleaseRequest request) => new(request.Tag)
    {
        Name = request.Name ?? request.Tag,
        Body = request.Body,
        Draft = request.Draft,
        Prerelease = request.Prerelease,
        TargetCommitish = request.TargetCommitish,
    };

    private static GitHubRelease ToModel(Release release) => new(
        release.Id,
        release.TagName,
        release.Name ?? release.TagName,
        release.Body ?? "",
        release.Draft,
        release.Prerelease,
        new Uri(release.HtmlUrl));
}
