namespace Liftoff.Runs;

/// <summary>The one sentence that says how a run ended, shared by the console summary and the job summary.</summary>
public static class RunHeadline
{
    /// <summary>e.g. <c>✅ v1.5.0 live in production</c>, <c>❌ Deployment of 2.0.0 failed and was rolled back: production serves 1.0.0</c>.</summary>
    public static string Describe(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rolledBack = report.Deploys.LastOrDefault(deploy => deploy.RolledBackTo is not null);
        if (rolledBack is not null)
        {
            return rolledBack.RollbackVerifiedAt is null
                ? $"❌ Deployment of {rolledBack.Version} to {rolledBack.Environment} failed, and the rollback to {rolledBack.RolledBackTo} was not verified"
                : $"❌ Deployment of {rolledBack.Version} failed and was rolled back: {rolledBack.Environment} serves {rolledBack.RolledBackTo}";
        }

        if (report.Result != RunResult.Succeeded)
        {
            return $"❌ {string.Join(", ", report.Targets)} failed" + (report.Failure is null ? "" : ": " + report.Failure);
        }

        if (report.Live is { } live)
        {
            return live.IsDegraded ? $"⚠ {Tagged(live.Version)} live in {live.Environment}, degraded" : $"✅ {Tagged(live.Version)} live in {live.Environment}";
        }

        return report.Release is { } release
            ? $"✅ {release.Tag} released"
            : $"✅ {string.Join(", ", report.Targets)} succeeded";
    }

    /// <summary>The version to name in outputs: what is live, else what was released, else what was deployed.</summary>
    public static string? Version(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Live?.Version ?? report.Release?.Version ?? report.LastDeploy?.Version;
    }

    /// <summary>The rollback command for an environment: <c>./build.sh --target=Rollback-Production</c>.</summary>
    public static string RollbackCommand(string environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        return $"./build.sh --target=Rollback-{char.ToUpperInvariant(environment[0])}{environment[1..]}";
    }

    private static string Tagged(string version) => version.StartsWith('v') ? version : "v" + version;
}
