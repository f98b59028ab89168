namespace Liftoff.Records.Ledger;

/// <summary>One entry of the deployment ledger: what went where, from which build, by whom, and how it ended.</summary>
public sealed record DeploymentRecord
{
    /// <summary>A unique id for the entry; <see cref="DeploymentLedger.NewId"/> makes one.</summary>
    public required string Id { get; init; }

    /// <summary>The environment, for example <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The version deployed; for a rollback, the version now served (the one rolled back to).</summary>
    public required string Version { get; init; }

    /// <summary>The source commit the artifact was built from.</summary>
    public string? Commit { get; init; }

    /// <summary>The artifact archive's sha256, in lower-case hex: what promotion matches on.</summary>
    public string? ArtifactSha256 { get; init; }

    /// <summary>Who ran the deployment.</summary>
    public required string Actor { get; init; }

    /// <summary>The CI run or local run id.</summary>
    public string? RunId { get; init; }

    /// <summary>When the deployment started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended; null while it is still running.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>How it ended.</summary>
    public required DeploymentOutcome Outcome { get; init; }

    /// <summary>What validation measured, by name (for example <c>p95Ms</c>, <c>errorRate</c>).</summary>
    public IReadOnlyDictionary<string, double> Measurements { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// What validation found that was not a plain pass, one line per check with its measured value, for example
    /// <c>round 1: ✗ GET /health: 500 in 3 ms — status 500, expected 200</c>. Empty when every check passed.
    /// </summary>
    public IReadOnlyList<string> Findings { get; init; } = [];

    /// <summary>For a rollback: the version that was replaced.</summary>
    public string? RolledBackFrom { get; init; }

    /// <summary>For a rollback: the version restored.</summary>
    public string? RolledBackTo { get; init; }

    /// <summary>Checks that were waived, each with its reason.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>
    /// The verdicts of the gates that ran before this deploy in the same run (<c>Pre-Deploy-Checks</c>, <c>Check-Build</c>).
    /// Empty when none ran, as for a promotion with <c>--artifact</c>, whose gates ran in the run that built it.
    /// </summary>
    public IReadOnlyList<GateRecord> Gates { get; init; } = [];

    /// <summary>
    /// For a deploy to service slots: every weight change and analysis verdict, in order. Null for other targets,
    /// and left out of the JSON then, so older readers see the records they know.
    /// </summary>
    public IReadOnlyList<TrafficStep>? Traffic { get; init; }
}
