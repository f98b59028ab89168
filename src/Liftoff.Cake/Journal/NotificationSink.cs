using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.GitHub;
using Liftoff.Notifications;
using Liftoff.Runs;

namespace Liftoff.Cake.Journal;

/// <summary>
/// Posts each event to the environment's webhook (its own, or <c>notifications.webhook</c>) in its template: deploy
/// started, failed (also by validation), rolled back, degraded as they happen, and succeeded (or degraded) for each
/// deploy live at the end. A notice that cannot be delivered is a warning; it never fails the run.
/// </summary>
public sealed class NotificationSink(LoadedConfiguration configuration, TimeProvider time) : RunJournalSink
{
    // Webhooks are posted with Polly's timeout per attempt, not HttpClient's.
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Dictionary<string, WebhookTarget?> _targets = new(StringComparer.OrdinalIgnoreCase);
    private WebhookNotifier? _notifier;

    /// <inheritdoc />
    public override int Order => 400;

    /// <inheritdoc />
    public override async Task EventAsync(ICakeContext context, RunEvent runEvent, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var notice = runEvent switch
        {
            DeployStarted started => Notice(context, NotificationEvent.DeployStarted, started.Environment, started.Version, started.PreviousVersion,
                $"Deploying v{started.Version} to {started.Environment}", [$"{started.Artifact} (sha256 {Short(started.ArtifactSha256)})"]),
            DeployFailed failed => Notice(context, NotificationEvent.DeployFailed, failed.Environment, failed.Version, null,
                $"Deploy of v{failed.Version} to {failed.Environment} failed", [FirstLine(failed.Reason)]),
            ValidationFinished { Passed: false } failed => Notice(context, NotificationEvent.DeployFailed, failed.Environment, failed.Version, null,
                $"Validation of v{failed.Version} in {failed.Environment} failed", [failed.Summary]),
            RollbackVerified verified => Notice(context, NotificationEvent.RolledBack, verified.Environment, verified.To, verified.From,
                $"{verified.Environment} rolled back from v{verified.From ?? "?"} to v{verified.To}", ["The rollback is verified: the restored version is served."]),
            RollbackFailed failed => Notice(context, NotificationEvent.Degraded, failed.Environment, failed.To, failed.From,
                $"Rollback of {failed.Environment} to v{failed.To} failed", [FirstLine(failed.Reason)]),
            _ => null,
        };
        if (notice is not null)
        {
            await SendAsync(context, state, notice).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var deploy in state.Report().Deploys.Where(deploy => deploy.IsLive))
        {
            var notice = deploy.IsDegraded
                ? Notice(context, NotificationEvent.Degraded, deploy.Environment, deploy.Version, deploy.PreviousVersion,
                    $"v{deploy.Version} live in {deploy.Environment}, degraded", [deploy.ValidationSummary ?? "", "Rollback: " + RunHeadline.RollbackCommand(deploy.Environment)])
                : Notice(context, NotificationEvent.DeploySucceeded, deploy.Environment, deploy.Version, deploy.PreviousVersion,
                    $"v{deploy.Version} live in {deploy.Environment}", [deploy.ValidationSummary ?? "served", "Rollback: " + RunHeadline.RollbackCommand(deploy.Environment)]);
            await SendAsync(context, state, notice).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(ICakeContext context, RunJournalState state, Notice notice)
    {
        if (Target(context, notice.Environment) is not { } target || !target.Events.Contains(notice.Event))
        {
            return;
        }

        var options = configuration.Options.Notifications;
        _notifier ??= new WebhookNotifier(Http, options.Retries, TimeSpan.FromSeconds(options.TimeoutSeconds), time: time);
        var delivery = await _notifier.SendAsync(target, notice).ConfigureAwait(false);
        if (delivery.Delivered)
        {
            context.Log.Verbose("Notified the {0}: {1}", target, notice.EventName);
            return;
        }

        state.Warnings.Add(delivery.Failure!);
        context.Log.Warning("{0} The run goes on.", delivery.Failure!);
    }

    private WebhookTarget? Target(ICakeContext context, string environment)
    {
        if (_targets.TryGetValue(environment, out var known))
        {
            return known;
        }

        try
        {
            var options = configuration.Options.Environments.TryGetValue(environment, out var found) ? found : null;
            known = WebhookTarget.Resolve(configuration.Options.Notifications, options, configuration.Environment);
        }
        catch (LiftoffException error)
        {
            context.Log.Warning("{0} No notices are posted for {1}.", error.Message, environment);
            known = null;
        }

        _targets[environment] = known;
        return known;
    }

    private Notice Notice(ICakeContext context, NotificationEvent kind, string environment, string version, string? previous, string message, IReadOnlyList<string> details) => new()
    {
        Event = kind,
        Environment = environment,
        Version = version,
        PreviousVersion = previous,
        Message = message,
        Details = [.. details.Where(detail => detail.Length > 0)],
        EnvironmentUrl = configuration.Options.Environments.TryGetValue(environment, out var options) ? options.Url : null,
        RunUrl = CiRunLink.FromEnvironment(context.Environment.GetEnvironmentVariable),
        Repository = context.Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } repository ? repository
            : configuration.Options.GitHub is { Owner: { } owner, Repository: { } name } ? $"{owner}/{name}" : null,
        At = time.GetUtcNow(),
    };

    private static string Short(string? sha256) => sha256 is { Length: > 12 } ? sha256[..12] + "…" : sha256 ?? "?";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
