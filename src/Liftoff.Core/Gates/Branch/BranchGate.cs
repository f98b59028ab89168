using System.Globalization;
using Liftoff.Configuration;
using Liftoff.Git;
using Liftoff.Versioning;

namespace Liftoff.Gates.Branch;

/// <summary>
/// The <c>Check-Branch</c> gate: HEAD is on a release branch, the working tree is clean, HEAD contains the remote's
/// branch head after a fetch, and HEAD is at least one commit ahead of what production runs. The checks run in that
/// order and the first problem is the verdict, because each later check means little when an earlier one fails.
/// </summary>
public sealed class BranchGate(GitCli git, BranchGateOptions options, ReleaseOptions release)
{
    /// <summary>The gate's target name.</summary>
    public const string Name = "Check-Branch";

    // The table shows the commits; a long list belongs in the changelog, not a gate's row.
    private const int ListedCommits = 20;

    /// <summary>Checks the repository git works on.</summary>
    public async Task<GateResult> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Enabled)
        {
            return GateResult.Skipped(Name, "gates.branch.enabled is false");
        }

        var values = new Dictionary<string, string>();
        var head = await git.HeadShaAsync(cancellationToken).ConfigureAwait(false);
        var branch = await git.CurrentBranchAsync(cancellationToken).ConfigureAwait(false);
        if (head is null || branch is null)
        {
            return Fail(values, head is null ? "no commits" : "detached HEAD",
                "HEAD is not on a branch with commits; check out a release branch (" + string.Join(", ", release.Branches) + ")");
        }

        values["branch"] = branch;
        values["head"] = head;
        var channel = ReleaseChannel.For(branch, release);
        if (!channel.IsReleaseBranch)
        {
            return Fail(values, "on " + branch, $"{branch} is not a release branch; release from {string.Join(", ", release.Branches)}");
        }

        var changed = await git.ChangedPathsAsync(cancellationToken).ConfigureAwait(false);
        if (changed.Count > 0)
        {
            values["uncommitted"] = string.Join("\n", changed);
            return Fail(values, Invariant($"{changed.Count} uncommitted change(s)"),
                Invariant($"the working tree is not clean: {string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : "")}; commit or stash first"));
        }

        var remoteHead = await git.FetchBranchAsync(options.Remote, branch, cancellationToken).ConfigureAwait(false);
        if (remoteHead is null)
        {
            return Fail(values, "not on " + options.Remote, $"{options.Remote} has no branch {branch}; push it first");
        }

        values["remoteHead"] = remoteHead;
        if (!await git.IsAncestorAsync(remoteHead, head, cancellationToken).ConfigureAwait(false))
        {
            var behind = await git.CountCommitsAsync(head, remoteHead, cancellationToken).ConfigureAwait(false);
            values["behind"] = Invariant($"{behind}");
            return Fail(values, Invariant($"{behind} behind {options.Remote}/{branch}"),
                Invariant($"HEAD is missing {behind} commit(s) from {options.Remote}/{branch}; pull and test again"));
        }

        return await AheadOfProductionAsync(values, head, cancellationToken).ConfigureAwait(false);
    }

    private async Task<GateResult> AheadOfProductionAsync(Dictionary<string, string> values, string head, CancellationToken cancellationToken)
    {
        var production = await ReleaseTags.ProductionAsync(git, release.TagPrefix, head, cancellationToken).ConfigureAwait(false);
        var since = production?.Name ?? "the first commit";
        values["productionTag"] = production?.Name ?? "";
        var count = 0;
        var listed = new List<string>();
        await foreach (var commit in git.CommitsAsync(production?.CommitSha, head, cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (listed.Count < ListedCommits)
            {
                listed.Add(commit.ShortSha + " " + Subject(commit.Message));
            }
        }

        values["commitsAhead"] = Invariant($"{count}");
        values["commits"] = string.Join("\n", listed) + (count > listed.Count ? Invariant($"\n… and {count - listed.Count} more") : "");
        var measured = Invariant($"{count} commit(s) ahead of {since}");
        return count == 0
            ? Fail(values, measured, $"nothing new since {since}: HEAD is what production runs")
            : GateResult.Pass(Name, measured, string.Join("; ", listed.Take(5)) + (count > 5 ? "; …" : "")) with { Values = values };
    }

    private static GateResult Fail(Dictionary<string, string> values, string measured, string reason) =>
        GateResult.Fail(Name, measured, reason) with { Values = values };

    private static string Subject(string message) => message.Split('\n', 2)[0].Trim();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
