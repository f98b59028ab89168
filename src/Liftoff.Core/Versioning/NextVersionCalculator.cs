using System.Globalization;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Semver;

namespace Liftoff.Versioning;

/// <summary>
/// Finds the next version from the commits since the last release on the current channel, with semantic-release's
/// rules: the highest release any commit asks for wins; nothing releasable means no release. The history is read
/// through one streamed <c>git log</c>.
/// </summary>
public sealed class NextVersionCalculator
{
    private const string DetachedHead = "(detached HEAD)";

    private readonly IGitClient _git;

    /// <summary>Creates a calculator reading the repository through <paramref name="git"/>.</summary>
    public NextVersionCalculator(IGitClient git)
    {
        ArgumentNullException.ThrowIfNull(git);
        _git = git;
    }

    /// <summary>Computes the next version of the repository at HEAD.</summary>
    /// <exception cref="LiftoffException">
    /// The options are invalid (<see cref="DiagnosticCodes.VersioningOptionsInvalid"/>); the version falls outside the
    /// maintenance range (<see cref="DiagnosticCodes.VersionOutsideMaintenanceRange"/>); git failed.
    /// </exception>
    public async Task<NextVersionResult> CalculateAsync(VersioningOptions options, CancellationToken cancellationToken = default)
    {
        var plan = VersioningPlan.From(options);
        var branch = options.Branch ?? await _git.CurrentBranchAsync(cancellationToken).ConfigureAwait(false) ?? DetachedHead;
        var head = await _git.HeadShaAsync(cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return new NextVersionResult { Branch = branch, Reason = "no release: the branch has no commits" };
        }

        var (reachable, read) = await ReadSinceLastReleaseAsync(plan, head, cancellationToken).ConfigureAwait(false);
        var lastRelease = Highest(reachable.Where(plan.IsOnChannel));
        var lastStable = Highest(reachable.Where(tag => !tag.Version.IsPrerelease));

        var (kept, reverted) = RevertedPairs.Remove(read);
        var tally = new CommitTally(options.Rules);
        kept.ForEach(tally.Add);
        tally.AddRevertedPairs(reverted);

        var counts = tally.Counts();
        var result = new NextVersionResult { Branch = branch, LastRelease = lastRelease, Commits = tally.Commits, Counts = counts, Reason = "" };
        if (plan.VersionOverride is { } requested)
        {
            var computed = tally.Highest == ReleaseType.None ? "none releasable" : Explain(tally.Highest, tally.Highest, counts, lastStable, plan);
            return Checked(plan, branch, lastRelease, result with
            {
                Version = requested,
                TagName = options.TagPrefix + requested,
                Bump = tally.Highest,
                Reason = string.Create(CultureInfo.InvariantCulture, $"set by VersionOverride; the commits: {computed}"),
            });
        }

        if (tally.Highest == ReleaseType.None)
        {
            return result with { Reason = NoReleaseReason(lastRelease, read.Count, counts) };
        }

        var (version, bump) = plan.PrereleaseId is null
            ? StableVersion(plan, lastStable, tally.Highest)
            : await PrereleaseVersionAsync(plan, lastRelease, lastStable, tally.Highest, cancellationToken).ConfigureAwait(false);
        var reason = Explain(bump, tally.Highest, counts, lastStable, plan);
        return Checked(plan, branch, lastRelease, result with { Version = version, TagName = options.TagPrefix + version, Bump = bump, Reason = reason });
    }

    private static NextVersionResult Checked(VersioningPlan plan, string branch, ReleaseTag? lastRelease, NextVersionResult result)
    {
        if (plan.MaintenanceRange is { } range && result.Version is { } version && !range.Contains(version))
        {
            throw new LiftoffException(
                DiagnosticCodes.VersionOutsideMaintenanceRange,
                ExitCodes.TaskFailed,
                string.Create(CultureInfo.InvariantCulture, $"Branch '{branch}' may only release versions in range '{plan.Options.MaintenanceRange}', but the release after {lastRelease?.Name ?? "no release tag"} would be {version} ({result.Reason}). Release it from the main branch instead, or revert the change."));
        }

        return result;
    }

    private static (SemVersion Version, ReleaseType Bump) StableVersion(VersioningPlan plan, ReleaseTag? lastStable, ReleaseType wanted) =>
        lastStable is null ? (plan.FirstVersion, wanted) : plan.Increment(lastStable.Version, wanted);

    // semantic-release's rule: continue the channel's pre-release (2.0.0-beta.1 → .2) unless the commits since the last
    // stable release call for a higher version; the number then counts every existing tag of that version on the channel,
    // reachable or not, so a tag made elsewhere is never reused.
    private async Task<(SemVersion Version, ReleaseType Bump)> PrereleaseVersionAsync(
        VersioningPlan plan, ReleaseTag? lastRelease, ReleaseTag? lastStable, ReleaseType wanted, CancellationToken cancellationToken)
    {
        var (target, bump) = StableVersion(plan, lastStable, wanted);
        if (lastRelease is { Version.IsPrerelease: true } && SemVersion.ComparePrecedence(lastRelease.Version.WithoutPrerelease(), target) > 0)
        {
            target = lastRelease.Version.WithoutPrerelease();
        }

        var id = plan.PrereleaseId!;
        var all = await ReleaseTagsAsync(plan.Options.TagPrefix, mergedInto: null, cancellationToken).ConfigureAwait(false);
        var highest = all
            .Where(tag => tag.Version.WithoutPrereleaseOrMetadata() == target)
            .Select(tag => VersioningPlan.PrereleaseNumber(tag.Version, id))
            .Max() ?? 0;
        return (target.WithPrerelease(id, (highest + 1).ToString(CultureInfo.InvariantCulture)), bump);
    }

    // Asking git which tags HEAD reaches (for-each-ref --merged) costs a walk of the whole history since them, as
    // long as the git log that follows. On the stable channel that walk is avoided: the commits are read since the
    // highest release tag, and the log itself proves that tag reachable, because a commit is an ancestor of HEAD
    // exactly when it is the parent of a commit the log lists (or is HEAD). Only when it is not reachable (it was made
    // on another branch), or on a pre-release channel, which also needs the last stable release, is git asked.
    private async Task<(IReadOnlyList<ReleaseTag> Reachable, List<ConventionalCommit> Read)> ReadSinceLastReleaseAsync(
        VersioningPlan plan, string head, CancellationToken cancellationToken)
    {
        var prefix = plan.Options.TagPrefix;
        var guess = Highest((await ReleaseTagsAsync(prefix, mergedInto: null, cancellationToken).ConfigureAwait(false)).Where(plan.IsOnChannel));
        var (read, reachesGuess) = await ReadCommitsAsync(guess?.CommitSha, head, cancellationToken).ConfigureAwait(false);
        if (plan.PrereleaseId is null && (guess is null || reachesGuess))
        {
            return (guess is null ? [] : [guess], read);
        }

        var reachable = await ReleaseTagsAsync(prefix, head, cancellationToken).ConfigureAwait(false);
        var lastRelease = Highest(reachable.Where(plan.IsOnChannel));
        if (lastRelease?.CommitSha != guess?.CommitSha)
        {
            (read, _) = await ReadCommitsAsync(lastRelease?.CommitSha, head, cancellationToken).ConfigureAwait(false);
        }

        return (reachable, read);
    }

    /// <returns>The commits, and whether <paramref name="fromExclusive"/> is an ancestor of (or is) <paramref name="head"/>.</returns>
    private async Task<(List<ConventionalCommit> Read, bool ReachesStart)> ReadCommitsAsync(string? fromExclusive, string head, CancellationToken cancellationToken)
    {
        var read = new List<ConventionalCommit>();
        var reachesStart = fromExclusive == head;
        await foreach (var commit in _git.CommitsAsync(fromExclusive, head, cancellationToken).ConfigureAwait(false))
        {
            read.Add(ConventionalCommitParser.Parse(commit));
            reachesStart = reachesStart || (fromExclusive is not null && commit.ParentShas.Contains(fromExclusive, StringComparer.Ordinal));
        }

        return (read, reachesStart);
    }

    private Task<IReadOnlyList<ReleaseTag>> ReleaseTagsAsync(string prefix, string? mergedInto, CancellationToken cancellationToken) =>
        ReleaseTags.ListAsync(_git, prefix, mergedInto, cancellationToken);

    // The list is already highest first; a filter keeps that order.
    private static ReleaseTag? Highest(IEnumerable<ReleaseTag> tags) => tags.FirstOrDefault();

    private static string Explain(ReleaseType bump, ReleaseType wanted, IReadOnlyList<CommitCount> counts, ReleaseTag? lastStable, VersioningPlan plan)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Name(bump)}: {CommitTally.Describe(counts.Where(count => count.Release > ReleaseType.None))}");
        if (lastStable is null)
        {
            return text + string.Create(CultureInfo.InvariantCulture, $"; first release {plan.FirstVersion}");
        }

        return bump == wanted ? text : text + "; a breaking change before 1.0.0 bumps the minor (BumpMinorPreMajor)";
    }

    private static string NoReleaseReason(ReleaseTag? lastRelease, int commitCount, IReadOnlyList<CommitCount> counts)
    {
        var since = lastRelease is null ? "" : " since " + lastRelease.Name;
        return commitCount == 0
            ? $"no release: no commits{since}"
            : string.Create(CultureInfo.InvariantCulture, $"no release: {commitCount} commit{(commitCount == 1 ? "" : "s")}{since}, none releasable ({CommitTally.Describe(counts)})");
    }

    private static string Name(ReleaseType release) => release.ToString().ToLowerInvariant();
}
