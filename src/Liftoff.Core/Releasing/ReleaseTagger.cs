using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Git;

namespace Liftoff.Releasing;

/// <summary>
/// Makes the release commit and the annotated tag and pushes both, so that a failed or interrupted release can be
/// run again: a tag already at HEAD (here or on the remote) is reused, a tag at another commit is a hard error,
/// and everything is checked before anything changes. The remote is read with ls-remote, never fetched, so a dry
/// run leaves every ref as it was.
/// </summary>
public sealed class ReleaseTagger(GitCli git)
{
    /// <summary>Tags and pushes, or in a dry run only reports what it would do.</summary>
    /// <exception cref="LiftoffException">A tag conflict, a remote that moved on, or a refused push; nothing was pushed.</exception>
    public async Task<TagOutcome> TagAndPushAsync(TagRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var steps = new List<string>();
        var head = await git.HeadShaAsync(cancellationToken).ConfigureAwait(false)
            ?? throw Error(DiagnosticCodes.NothingToRelease, "The repository has no commits to tag.");
        var hasRemote = await git.HasRemoteAsync(request.Remote, cancellationToken).ConfigureAwait(false);
        var localTag = await git.TagCommitAsync(request.TagName, cancellationToken).ConfigureAwait(false);
        var remoteTag = hasRemote ? await git.RemoteTagCommitAsync(request.Remote, request.TagName, cancellationToken).ConfigureAwait(false) : null;
        CheckTag(request, head, localTag, "here");
        CheckTag(request, head, remoteTag, $"on {request.Remote}");
        if (hasRemote && request.Branch is not null)
        {
            await CheckRemoteBranchAsync(request, head, cancellationToken).ConfigureAwait(false);
        }

        var commit = head;
        if (localTag is null)
        {
            commit = await CommitAsync(request, head, steps, cancellationToken).ConfigureAwait(false);
            steps.Add(Would(request, $"create annotated tag {request.TagName} at {Short(commit)}"));
            if (!request.DryRun)
            {
                await git.CreateAnnotatedTagAsync(request.TagName, request.Message ?? "Release " + request.TagName, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            steps.Add($"tag {request.TagName} reused: it is already at HEAD {Short(head)}");
        }

        await PushAsync(request, hasRemote, steps, cancellationToken).ConfigureAwait(false);
        return new TagOutcome(request.TagName, commit, steps);
    }

    private async Task<string> CommitAsync(TagRequest request, string head, List<string> steps, CancellationToken cancellationToken)
    {
        if (request.CommitMessage is null || request.Files.Count == 0)
        {
            steps.Add(request.CommitMessage is null ? "no release commit (switched off)" : "no release commit (no file changed)");
            return head;
        }

        steps.Add(Would(request, $"commit '{request.CommitMessage}' with {string.Join(", ", request.Files)}"));
        return request.DryRun ? head : await git.CommitAsync(request.Files, request.CommitMessage, cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckRemoteBranchAsync(TagRequest request, string head, CancellationToken cancellationToken)
    {
        var remoteHead = await git.RemoteBranchCommitAsync(request.Remote, request.Branch!, cancellationToken).ConfigureAwait(false);
        if (remoteHead is not null && !await git.IsAncestorAsync(remoteHead, head, cancellationToken).ConfigureAwait(false))
        {
            throw Error(DiagnosticCodes.RemoteAhead,
                $"{request.Remote}/{request.Branch} is at {Short(remoteHead)}, which HEAD {Short(head)} does not contain: the remote has commits this clone lacks. Nothing was committed, tagged or pushed. Pull, then run the release again.");
        }
    }

    private async Task PushAsync(TagRequest request, bool hasRemote, List<string> steps, CancellationToken cancellationToken)
    {
        if (!hasRemote)
        {
            steps.Add($"no push: the repository has no remote '{request.Remote}'");
            return;
        }

        List<string> refspecs = request.Branch is null ? [] : [$"HEAD:refs/heads/{request.Branch}"];
        refspecs.Add($"refs/tags/{request.TagName}");
        steps.Add(Would(request, $"push {string.Join(" and ", refspecs)} to {request.Remote} atomically"));
        if (request.DryRun)
        {
            return;
        }

        var outcome = await git.PushAtomicAsync(request.Remote, refspecs, cancellationToken).ConfigureAwait(false);
        if (!outcome.Accepted)
        {
            throw outcome.IsNonFastForward
                ? Error(DiagnosticCodes.RemoteAhead,
                    $"{request.Remote} refused the push of {request.Branch}: it is not a fast-forward (the remote moved on during the release). The tag {request.TagName} exists here but was not pushed; pull, then run the release again. git said: {outcome.Error}")
                : Error(DiagnosticCodes.PushRefused, $"{request.Remote} refused the push: {outcome.Error}");
        }
    }

    private static void CheckTag(TagRequest request, string head, string? tagCommit, string where)
    {
        if (tagCommit is not null && !tagCommit.Equals(head, StringComparison.Ordinal))
        {
            throw Error(DiagnosticCodes.TagConflict,
                $"Tag {request.TagName} already exists {where} at {Short(tagCommit)}, not at HEAD {Short(head)}. Nothing was committed, tagged or pushed. If that tag is the release, release from its commit; otherwise delete the tag.");
        }
    }

    private static string Would(TagRequest request, string step) => request.DryRun ? "would " + step : step;

    private static string Short(string sha) => sha.Length > 7 ? sha[..7] : sha;

    private static LiftoffException Error(string code, string message) =>
        new(code, ExitCodes.TaskFailed, message.ToString(CultureInfo.InvariantCulture));
}
