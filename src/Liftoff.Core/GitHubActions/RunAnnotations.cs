using Liftoff.Gates;
using Liftoff.Runs;

namespace Liftoff.GitHubActions;

/// <summary>
/// What a run tells GitHub Actions besides its files: an <c>::error::</c> for each failed gate and for a rollback, a
/// <c>::warning::</c> for a waived gate and for a degraded deploy, and the step outputs (<c>version</c>,
/// <c>environment-url</c>, <c>deployed</c>, <c>rolled-back</c>).
/// </summary>
public static class RunAnnotations
{
    /// <summary>The workflow commands to print, in order.</summary>
    public static IReadOnlyList<string> Commands(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var commands = new List<string>();
        foreach (var gate in report.Gates)
        {
            if (gate.Verdict == Verdict.Fail)
            {
                commands.Add(WorkflowCommands.Error($"{gate.Measured}: {gate.Reason}", gate.Gate));
            }
            else if (gate.Verdict == Verdict.Waived)
            {
                commands.Add(WorkflowCommands.Warning($"waived: {gate.Reason}", gate.Gate));
            }
        }

        foreach (var deploy in report.Deploys)
        {
            if (deploy.RolledBackTo is not null)
            {
                commands.Add(WorkflowCommands.Error(
                    $"{deploy.Environment} was rolled back from {deploy.Version} to {deploy.RolledBackTo}{(deploy.RollbackReason is null ? "" : ": " + deploy.RollbackReason)}",
                    $"Rollback of {deploy.Environment}"));
            }
            else if (deploy.IsDegraded)
            {
                commands.Add(WorkflowCommands.Warning($"{deploy.Version} is live in {deploy.Environment} but degraded: {deploy.ValidationSummary}", $"Degraded {deploy.Environment}"));
            }
        }

        return commands;
    }

    /// <summary>The step outputs: <c>version</c>, <c>environment-url</c>, <c>deployed</c> and <c>rolled-back</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Outputs(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var live = report.Live;
        return
        [
            new("version", RunHeadline.Version(report) ?? ""),
            new("environment-url", (live ?? report.LastDeploy)?.Url?.AbsoluteUri ?? ""),
            new("deployed", live is null ? "false" : "true"),
            new("rolled-back", report.RolledBack ? "true" : "false"),
        ];
    }
}
