using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>
/// The checks after a deploy, declared rather than scripted: a readiness wait for the version marker, then
/// <see cref="Rounds"/> rounds of every declared check, <see cref="IntervalSeconds"/> apart.
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>Whether the environment is validated after a deploy. Default true.</summary>
    [Description("Whether the environment is validated after a deploy.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds to wait for the new version (and artifact sha256) to be served. Default 60.</summary>
    [Description("Seconds to wait for the new version (and artifact sha256) to be served.")]
    [Range(0.0, 3600.0)]
    public double ReadinessTimeoutSeconds { get; set; } = 60;

    /// <summary>Seconds between two reads of the version marker while waiting. Default 1.</summary>
    [Description("Seconds between two reads of the version marker while waiting.")]
    [Range(0.0, 600.0)]
    public double ReadinessPollSeconds { get; set; } = 1;

    /// <summary>Rounds of observation after readiness. Default 3.</summary>
    [Description("Rounds of observation after readiness.")]
    [Range(1, 100)]
    public int Rounds { get; set; } = 3;

    /// <summary>Seconds between rounds. Default 10.</summary>
    [Description("Seconds between rounds.")]
    [Range(0.0, 3600.0)]
    public double IntervalSeconds { get; set; } = 10;

    /// <summary>How many rounds may fail before the validation fails. Default 0: any failing round fails it.</summary>
    [Description("How many rounds may fail before the validation fails (0: any failing round fails it).")]
    [Range(0, 100)]
    public int FailureLimit { get; set; }

    /// <summary>
    /// How many times in a row one check may be unable to measure (a connection error, a timeout, a command that
    /// cannot start) before the validation is Inconclusive, as Argo Rollouts' <c>consecutiveErrorLimit</c>. Default 0:
    /// any check that cannot measure makes it Inconclusive. A check that never measured in the whole window is a Fail.
    /// </summary>
    [Description("How many times in a row one check may be unable to measure (connection error, timeout) before the verdict is Inconclusive (0: the first error).")]
    [Range(0, 100)]
    public int ConsecutiveErrorLimit { get; set; }

    /// <summary>Whether an Inconclusive verdict counts as a Fail, and so rolls back. Default true.</summary>
    [Description("Whether an Inconclusive verdict counts as a Fail (and rolls back); false keeps the version and records it inconclusive.")]
    public bool InconclusiveAsFail { get; set; } = true;

    /// <summary>
    /// Whether <c>Deploy-&lt;Env&gt;</c> rolls back to the previous good version when the validation fails. Default
    /// true. <c>--no-rollback</c> turns it off for one run.
    /// </summary>
    [Description("Whether Deploy-<Env> rolls back to the previous good version when validation fails (--no-rollback turns it off for one run).")]
    public bool RollbackOnFailure { get; set; } = true;

    /// <summary>
    /// Where the web server serves a prepared release before the switch, with <c>{release}</c> for the release id (for
    /// example <c>http://127.0.0.1:8080/_releases/{release}/</c>). When set, for a releases-directory target, the version
    /// marker, the http checks and the critical paths run there once before traffic moves, and a failure refuses the
    /// switch. Default none.
    /// </summary>
    [Description("Where the web server serves a prepared release before the switch, with {release} for its id; when set (releasesDirectory targets), the marker, http checks and critical paths run there before traffic moves.")]
    public string? PreviewUrl { get; set; }

    /// <summary>Seconds one check may take (one request, one path, one latency series). Default 10.</summary>
    [Description("Seconds one check may take; a check that runs longer could not measure (Inconclusive, a Fail unless inconclusiveAsFail is false).")]
    [Range(0.1, 3600.0)]
    public double CheckTimeoutSeconds { get; set; } = 10;

    /// <summary>How many checks of a round run at once. Default 4.</summary>
    [Description("How many checks of a round run at once.")]
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>HTTP smoke checks. Default none.</summary>
    [Description("HTTP smoke checks: one request each, with expectations on the response.")]
    public List<HttpCheckOptions> Http { get; set; } = [];

    /// <summary>Critical paths: requests in order, carrying captured values. Default none.</summary>
    [Description("Critical paths: requests in order; a step can capture a value used by later steps as {name}.")]
    public List<CriticalPathOptions> CriticalPaths { get; set; } = [];

    /// <summary>Error rates read from a Prometheus text endpoint. Default none.</summary>
    [Description("Error rates read from a Prometheus text endpoint, as the change of an error counter against a total.")]
    public List<ErrorRateCheckOptions> ErrorRates { get; set; } = [];

    /// <summary>Latency series: N requests, nearest-rank p50/p95/p99 against budgets. Default none.</summary>
    [Description("Latency series: N requests, with p50/p95/p99 (nearest rank) against budgets.")]
    public List<LatencyCheckOptions> Latency { get; set; } = [];

    /// <summary>Commands, for example an end-to-end suite run against <c>{url}</c>. Default none.</summary>
    [Description("Commands run by the shell with {url} replaced; exit code 0 passes.")]
    public List<CommandCheckOptions> Commands { get; set; } = [];
}
