using Cake.Core;
using Liftoff.Cake.Deploy;
using Liftoff.Configuration;
using Liftoff.GitHub;
using Liftoff.GitHub.Deployments;

namespace Liftoff.Cake.Journal;

/// <summary>
/// Mirrors the run's deploys to the GitHub Deployments API (when <c>ledger.mirrorToGitHub</c> is on and a token is
/// set): a deployment <c>in_progress</c> when a deploy starts, <c>success</c> or <c>failure</c> with its verdict,
/// <c>inactive</c> when it is rolled back. A deploy no validation followed in this run is <c>success</c> at the end.
/// </summary>
public sealed class GitHubDeploymentSink(NoticeGitHub github, LoadedConfiguration configuration, EnvironmentServices services) : RunJournalSink
{
    private Task<DeploymentMirror?>? _mirror;

    /// <inheritdoc />
    public override int Order => 100;

    /// <inheritdoc />
    public override async Task EventAsync(ICakeContext context, RunEvent runEvent, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (runEvent is not (DeployStarted or DeployFailed or ValidationFinished or RollbackVerified)
            || await MirrorAsync(context).ConfigureAwait(false) is not { } mirror)
        {
            return;
        }

        switch (runEvent)
        {
            case DeployStarted started:
                await mirror.StartedAsync(Request(context, started.Environment, started.Version, started.Commit, started.ArtifactSha256), started.Url).ConfigureAwait(false);
                break;
            case DeployFailed failed:
                await mirror.FailedAsync(failed.Environment, "Deploy failed: " + FirstLine(failed.Reason)).ConfigureAwait(false);
                break;
            case ValidationFinished { Passed: true } passed:
                await mirror.SucceededAsync(passed.Environment, $"{passed.Version} served and validated: {passed.Summary}", Url(passed.Environment)).ConfigureAwait(false);
                break;
            case ValidationFinished failed:
                await mirror.FailedAsync(failed.Environment, "Validation failed: " + failed.Summary).ConfigureAwait(false);
                break;
            case RollbackVerified verified:
                await mirror.RolledBackAsync(Request(context, verified.Environment, verified.To, verified.ToCommit, verified.ToArtifactSha256), verified.From, Url(verified.Environment)).ConfigureAwait(false);
                break;
        }
    }

    /// <inheritdoc />
    public override async Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        if (_mirror is null || await _mirror.ConfigureAwait(false) is not { } mirror)
        {
            return;
        }

        foreach (var environment in mirror.Pending)
        {
            await mirror.SucceededAsync(environment, "Served; not validated in this run", Url(environment)).ConfigureAwait(false);
        }
    }

    private Task<DeploymentMirror?> MirrorAsync(ICakeContext context) => _mirror ??= CreateAsync(context);

    private async Task<DeploymentMirror?> CreateAsync(ICakeContext context)
    {
        if (!configuration.Options.Ledger.MirrorToGitHub || await github.DeploymentsAsync(context).ConfigureAwait(false) is not { } deployments)
        {
            return null;
        }

        return new DeploymentMirror(deployments, CiRunLink.FromEnvironment(context.Environment.GetEnvironmentVariable));
    }

    private GitHubDeploymentRequest Request(ICakeContext context, string environment, string version, string? commit, string? sha256)
    {
        var options = configuration.Options.Environments.TryGetValue(environment, out var found) ? found : null;
        return new GitHubDeploymentRequest
        {
            Ref = commit ?? configuration.Options.Release.TagPrefix + version,
            Environment = environment,
            Version = version,
            ArtifactSha256 = sha256,
            RunId = services.RunId(context),
            Description = $"Liftoff: {version} to {environment}",
            ProductionEnvironment = options?.Protected == true || string.Equals(environment, "production", StringComparison.OrdinalIgnoreCase),
        };
    }

    private Uri? Url(string environment) =>
        configuration.Options.Environments.TryGetValue(environment, out var options) ? options.Url : null;

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
