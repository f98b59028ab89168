using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;
using Liftoff.Git;
using Liftoff.Releasing;
using Liftoff.Versioning;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// Computes the next version from the conventional commits since the last release tag on this branch's channel.
/// It only reads git, so a dry run does the same work. A successful run's last line is exactly
/// <c>next-version: X.Y.Z</c>, or <c>next-version: none</c>, for scripts to read, unless a later stage (a deploy)
/// closes the run with its own line.
/// </summary>
[TaskName(Name)]
[TaskDescription("Computes the next version from conventional commits since the last release tag (--version=X.Y.Z overrides it).")]
public sealed class NextVersionTask(
    LoadedConfiguration configuration, IGitClientFactory git, ReleaseRun release, RunSummary summary, TimeProvider time)
    : AsyncBuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Next-Version";

    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = git.Create(context.Environment.WorkingDirectory.FullPath);
        var options = configuration.Options.Release;
        var channel = ReleaseChannel.For(await client.CurrentBranchAsync().ConfigureAwait(false), options);
        var versionOverride = context.HasArgument("version") ? context.Argument<string>("version") : null;
        var next = await new NextVersionCalculator(client)
            .CalculateAsync(channel.ToVersioningOptions(options, versionOverride))
            .ConfigureAwait(false);
        release.Channel = channel;
        release.Next = next;
        release.OriginUrl = await client.RemoteUrlAsync("origin").ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        release.Target = next.IsRelease
            ? ReleaseTarget.FromNext(next, today)
            : await ReleaseTarget.AtHeadAsync(client, options.TagPrefix, today).ConfigureAwait(false);

        context.Log.Information("Branch:        {0}", channel.Description);
        context.Log.Information("Last release:  {0}", next.LastRelease?.ToString() ?? "none");
        context.Log.Information("Commits:       {0} since the last release", next.Commits.Count);
        context.Log.Information("Next version:  {0}", next);
        if (release.Target is { Resumed: true } resumed)
        {
            context.Log.Information("HEAD already carries {0}: the release tasks finish that release.", resumed.TagName);
        }

        summary.SetSuccessLine("next-version: " + (next.Version?.ToString() ?? "none"));
    }

    /// <inheritdoc />
    public override Task DryRunAsync(ICakeContext context) => RunAsync(context);
}
