using System.Globalization;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Journal;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.Releasing;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// Makes the release commit and the annotated tag, and pushes both to origin in one atomic push. A tag already at
/// HEAD is reused, so a release interrupted after tagging finishes on the next run; a tag elsewhere is an error.
/// </summary>
[TaskName(Name)]
[TaskDescription("Commits the changelog and bumps (chore(release): X.Y.Z), tags vX.Y.Z and pushes both to origin.")]
[IsDependentOn(typeof(ChangelogTask))]
[IsDependentOn(typeof(BumpVersionTask))]
public sealed class TagTask(LoadedConfiguration configuration, IGitClientFactory git, ReleasePreflight preflight, ReleaseRun release, IRunJournal journal)
    : ReleaseTaskBase(release)
{
    /// <summary>The target's name.</summary>
    public const string Name = "Tag";

    /// <inheritdoc />
    protected override async Task RunAsync(ICakeContext context, bool dryRun)
    {
        await preflight.CheckAsync(context, Release).ConfigureAwait(false);
        var channel = Release.Channel!;
        var commit = configuration.Options.Release.Commit;
        var outcome = await new ReleaseTagger(git.Create(context.Environment.WorkingDirectory.FullPath)).TagAndPushAsync(new TagRequest
        {
            TagName = Target.TagName,
            Message = "Release " + Target.TagName,
            CommitMessage = commit.Enabled ? commit.Message.Replace("{version}", Target.Version.ToString(), StringComparison.Ordinal) : null,
            Files = [.. Release.ChangedFiles],
            Branch = channel.Branch,
            DryRun = dryRun,
        }).ConfigureAwait(false);
        foreach (var step in outcome.Steps)
        {
            context.Log.Information(step);
        }

        if (!dryRun)
        {
            await journal.RecordAsync(context, new ReleaseTagged(Target.Version.ToString(), Target.TagName)).ConfigureAwait(false); // Liftoff.Journal
        }
    }
}
