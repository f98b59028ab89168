using Liftoff.Gates;

namespace Liftoff.Runs;

/// <summary>
/// What one run did, for the closing summary, the GitHub Actions job summary and step outputs: the gates, the release,
/// each deploy with its validation and any rollback, the result and the duration.
/// </summary>
public sealed record RunReport
{
    /// <summary>The targets asked for, e.g. <c>Deploy-Production</c>.</summary>
    public required IReadOnlyList<string> Targets { get; init; }

    /// <summary>How the run ended.</summary>
    public required RunResult Result { get; init; }

    /// <summary>How long it took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>When it ended.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>The first line of the error that ended it, if it failed.</summary>
    public string? Failure { get; init; }

    /// <summary>The gates' verdicts, in the order they ran. Default none.</summary>
    public IReadOnlyList<GateResult> Gates { get; init; } = [];

    /// <summary>The release made or finished in this run, if any.</summary>
    public RunRelease? Release { get; init; }

    /// <summary>The deploys and rollbacks, one per environment touched, in order. Default none.</summary>
    public IReadOnlyList<RunDeploy> Deploys { get; init; } = [];

    /// <summary>The incident reports written, if any. Default none.</summary>
    public IReadOnlyList<string> IncidentReports { get; init; } = [];

    /// <summary>The last environment touched, if any.</summary>
    public RunDeploy? LastDeploy => Deploys.Count > 0 ? Deploys[^1] : null;

    /// <summary>Whether any environment was rolled back in this run.</summary>
    public bool RolledBack => Deploys.Any(deploy => deploy.RolledBackTo is not null);

    /// <summary>The last deploy that is live at the end (served, not rolled back), if any.</summary>
    public RunDeploy? Live => Deploys.LastOrDefault(deploy => deploy.IsLive);
}

/// <summary>How a run ended.</summary>
public enum RunResult
{
    /// <summary>Everything asked for succeeded.</summary>
    Succeeded,

    /// <summary>A gate, task, deploy or validation failed; nothing was rolled back.</summary>
    Failed,

    /// <summary>A deploy failed and was rolled back.</summary>
    RolledBack,
}

/// <summary>The release of a run.</summary>
/// <param name="Version">e.g. <c>1.5.0</c>.</param>
/// <param name="Tag">e.g. <c>v1.5.0</c>.</param>
/// <param name="Reason">Why this version, e.g. <c>minor: 2 feat, 1 fix</c>.</param>
/// <param name="Highlights">The notable entries, e.g. <c>feat: Add dark mode support (#77)</c>.</param>
/// <param name="Url">The GitHub release's page, when one was published.</param>
public sealed record RunRelease(string Version, string Tag, string? Reason, IReadOnlyList<string> Highlights, Uri? Url);
