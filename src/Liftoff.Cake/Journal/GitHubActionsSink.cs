using Cake.Common.Build;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Output;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.GitHubActions;
using Liftoff.Notifications;

namespace Liftoff.Cake.Journal;

/// <summary>
/// On GitHub Actions (Cake.Common's build-system detection: <c>GITHUB_ACTIONS=true</c>) and with
/// <c>notifications.gitHubActions</c> on: masks the secrets before anything runs (<c>::add-mask::</c>), and at the end
/// writes the annotations, the job summary to <c>$GITHUB_STEP_SUMMARY</c> and the step outputs to <c>$GITHUB_OUTPUT</c>.
/// </summary>
public sealed class GitHubActionsSink(LoadedConfiguration configuration, NoticeGitHub github, RunConsole console) : RunJournalSink
{
    /// <inheritdoc />
    public override int Order => 500;

    /// <inheritdoc />
    public override Task RunStartingAsync(ICakeContext context)
    {
        if (!IsOn(context))
        {
            return Task.CompletedTask;
        }

        // The runner consumes these lines and hides every later occurrence of the values in the log.
        foreach (var secret in Secrets(context))
        {
            foreach (var command in WorkflowCommands.AddMask(secret))
            {
                console.WriteRawLine(command);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task RunEndedAsync(ICakeContext context, RunJournalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!IsOn(context))
        {
            return;
        }

        var report = state.Report();
        foreach (var command in RunAnnotations.Commands(report))
        {
            console.WriteRawLine(command);
        }

        var runtime = context.GitHubActions().Environment.Runtime;
        if (runtime.StepSummary?.FullPath is { Length: > 0 } summary)
        {
            await JobSummary.AppendAsync(summary, report).ConfigureAwait(false);
        }

        if (runtime.OutputPath?.FullPath is { Length: > 0 } outputs)
        {
            await StepOutputs.AppendAsync(outputs, RunAnnotations.Outputs(report)).ConfigureAwait(false);
        }

        context.Log.Verbose("GitHub Actions: job summary and step outputs written.");
    }

    private bool IsOn(ICakeContext context) =>
        configuration.Options.Notifications.GitHubActions && context.GitHubActions().IsRunningOnGitHubActions;

    // Every secret the configuration can resolve: the GitHub token and each webhook URL.
    private List<string> Secrets(ICakeContext context)
    {
        var secrets = new List<string>();
        if (github.Settings.Token is { } token)
        {
            secrets.Add(token);
        }

        var options = configuration.Options;
        foreach (var environment in options.Environments.Values.Prepend(null))
        {
            try
            {
                if (WebhookTarget.Resolve(options.Notifications, environment, configuration.Environment) is { } target)
                {
                    secrets.Add(target.SecretValue);
                }
            }
            catch (LiftoffException error)
            {
                context.Log.Verbose("{0}", error.Message);
            }
        }

        return [.. secrets.Distinct(StringComparer.Ordinal)];
    }
}
