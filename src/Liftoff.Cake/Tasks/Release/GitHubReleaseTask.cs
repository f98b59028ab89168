using System.Globalization;
using Cake.Common.IO;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Journal;
using Liftoff.Changelog;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.GitHub;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// Creates or updates the GitHub release for the tag, with the same notes as the changelog. It looks the release
/// up by tag first, so a re-run updates it and never makes a second one. Without a token it is skipped with a
/// notice, unless <c>github.required</c> makes that an error.
/// </summary>
[TaskName(Name)]
[TaskDescription("Creates or updates the GitHub release for the tag (needs GITHUB_TOKEN or GH_TOKEN).")]
[IsDependentOn(typeof(TagTask))]
public sealed class GitHubReleaseTask(LoadedConfiguration configuration, ReleaseRun release, TimeProvider time, IRunJournal journal) : ReleaseTaskBase(release) // Liftoff.Journal: journal
{
    /// <summary>The target's name.</summary>
    public const string Name = "GitHub-Release";

    private GitHubOptions Options => configuration.Options.GitHub;

    /// <inheritdoc />
    public override bool ShouldRun(ICakeContext context) =>
        base.ShouldRun(context)
        && (Settings().HasToken || Options.Required
            || Skip("no GITHUB_TOKEN or GH_TOKEN is set, so there is no GitHub release (set github.required to make this an error)"));

    /// <inheritdoc />
    protected override async Task RunAsync(ICakeContext context, bool dryRun)
    {
        var settings = Settings();
        settings.EnsureToken();
        var repository = GitHubRepository.Resolve(Options, settings, Release.OriginUrl);
        context.Log.Information("GitHub: {0} at {1}", repository, settings);
        // The HTTP request itself times out with the attempt: an attempt merely abandoned would stay in flight, and
        // a slow create landing after the retry's lookup made a second release (found by the reliability suite).
        var resilience = GitHubResilienceOptions.FromOptions(Options);
        var releases = new OctokitGitHubReleases(
            GitHubClientFactory.Create(settings, resilience.AttemptTimeout),
            repository,
            resilience,
            time,
            new CakeGitHubLog(context.Log));
        var request = new ReleaseRequest
        {
            Tag = Target.TagName,
            Name = Target.TagName,
            Body = ChangelogRenderer.RenderBody(Target.Notes, ChangelogLinks.FromOrigin(Release.OriginUrl, settings.IsEnterprise ? settings.WebHost : null)),
            Prerelease = Target.Version.IsPrerelease,
            Draft = configuration.Options.Release.Draft,
        };
        var assets = Assets(context);
        var outcome = await new GitHubReleasePublisher(releases).PublishAsync(new GitHubReleasePlan(request, assets), dryRun).ConfigureAwait(false);
        foreach (var checksum in outcome.Checksums)
        {
            context.Log.Information("  asset {0}  sha256 {1}", checksum.Name, checksum.Sha256);
        }

        context.Log.Information(
            "GitHub release {0}: {1}{2}",
            outcome.Tag,
            outcome.Change,
            outcome.Release is null ? " (dry run: nothing sent)" : " " + outcome.Release.HtmlUrl);
        if (outcome.Release is { } published)
        {
            await journal.RecordAsync(context, new ReleasePublished(outcome.Tag, published.HtmlUrl)).ConfigureAwait(false); // Liftoff.Journal
        }
    }

    // A configured pattern that matches nothing is an error: a release silently missing its artifact is worse.
    private List<ReleaseAssetRequest> Assets(ICakeContext context)
    {
        var assets = new List<ReleaseAssetRequest>();
        foreach (var pattern in configuration.Options.Release.Assets)
        {
            ReleasePreflight.RequireInside(context.Environment.WorkingDirectory.FullPath, pattern, "release.assets");
            var files = context.GetFiles(context.Environment.WorkingDirectory.FullPath + "/" + pattern);
            if (files.Count == 0)
            {
                throw new LiftoffException(DiagnosticCodes.GitHubReleaseRequestInvalid, ExitCodes.TaskFailed, string.Create(
                    CultureInfo.InvariantCulture, $"release.assets: '{pattern}' matches no file under {context.Environment.WorkingDirectory.FullPath}."));
            }

            assets.AddRange(files.OrderBy(file => file.FullPath, StringComparer.Ordinal).Select(file => ReleaseAssetRequest.FromFile(file.FullPath)));
        }

        return assets;
    }

    private GitHubConnectionSettings Settings() => GitHubConnectionSettings.FromOptions(Options, configuration.Environment);
}
