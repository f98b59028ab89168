using System.Globalization;
using Cake.Core;
using Liftoff.Bumping;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.Git;
using Liftoff.GitHub;
using Liftoff.Releasing;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// What must hold before a release writes anything: a release branch, a token when GitHub is required, the changelog
/// and assets inside the repository, readable bump files, and the tag and the remote as the tag stage needs them. The
/// first release stage that runs (Changelog, Bump-Version or Tag) checks it once, so a refused release changes nothing:
/// before, a tag conflict or a remote that moved on was found only after CHANGELOG.md had been written.
/// </summary>
public sealed class ReleasePreflight(LoadedConfiguration configuration, IGitClientFactory git)
{
    /// <summary>Checks the release of <paramref name="release"/> once per run; read-only, so a dry run does it too.</summary>
    /// <exception cref="LiftoffException">The first thing that would make the release fail half-way.</exception>
    public async Task CheckAsync(ICakeContext context, ReleaseRun release)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(release);
        if (release.Checked || release.Target is not { } target)
        {
            return;
        }

        var options = configuration.Options;
        var working = context.Environment.WorkingDirectory.FullPath;
        RequireReleaseBranch(release.Channel!, options.Release);
        if (options.GitHub.Required)
        {
            GitHubConnectionSettings.FromOptions(options.GitHub, configuration.Environment).EnsureToken();
        }

        if (options.Release.Changelog.Enabled)
        {
            RequireInside(working, options.Release.Changelog.Path, "release.changelog.path");
        }

        foreach (var pattern in options.Release.Assets)
        {
            RequireInside(working, pattern, "release.assets");
        }

        if (!target.Resumed)
        {
            await new VersionBumper(options.Release.BumpFiles).BumpAsync(working, target.Version, dryRun: true).ConfigureAwait(false);
        }

        await new ReleaseTagger(git.Create(working)).TagAndPushAsync(new TagRequest
        {
            TagName = target.TagName,
            Branch = release.Channel!.Branch,
            DryRun = true,
        }).ConfigureAwait(false);
        release.Checked = true;
    }

    /// <summary>Refuses a branch that may not release.</summary>
    public static void RequireReleaseBranch(Liftoff.Versioning.ReleaseChannel channel, ReleaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        if (!channel.IsReleaseBranch)
        {
            var branches = string.Join(", ", options.Branches.Concat(options.PrereleaseBranches));
            throw new LiftoffException(DiagnosticCodes.NotAReleaseBranch, ExitCodes.TaskFailed, string.Create(
                CultureInfo.InvariantCulture,
                $"{channel.Description} may not release. Release branches: {branches} (release.branches, release.prereleaseBranches), or a maintenance branch such as 1.x."));
        }
    }

    /// <summary>Refuses a configured path (or glob) that leads out of the repository: a release writes and uploads only its own files.</summary>
    public static void RequireInside(string working, string path, string key)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(working));
        var full = Path.GetFullPath(path, root);
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new LiftoffException(DiagnosticCodes.ReleasePathOutsideRepository, ExitCodes.ConfigurationInvalid, string.Create(
                CultureInfo.InvariantCulture,
                $"{key} '{path}' resolves to {full}, outside the repository {root}; expected a path inside it. Nothing was written, tagged or uploaded."));
        }
    }
}
