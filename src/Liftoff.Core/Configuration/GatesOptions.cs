using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Liftoff.Configuration;

/// <summary>The <c>gates</c> section: one sub-section per check. A gate switched off shows as Skipped.</summary>
public sealed class GatesOptions
{
    /// <summary>The <c>Check-Tests</c> gate.</summary>
    [Description("The Check-Tests gate.")]
    public TestsGateOptions Tests { get; set; } = new();

    /// <summary>The <c>Check-Review</c> gate.</summary>
    [Description("The Check-Review gate.")]
    public ReviewGateOptions Review { get; set; } = new();

    /// <summary>The <c>Check-Security</c> gate.</summary>
    [Description("The Check-Security gate.")]
    public SecurityGateOptions Security { get; set; } = new();

    /// <summary>The <c>Check-Branch</c> gate.</summary>
    [Description("The Check-Branch gate.")]
    public BranchGateOptions Branch { get; set; } = new();

    /// <summary>The <c>Check-Backlog</c> gate.</summary>
    [Description("The Check-Backlog gate.")]
    public BacklogGateOptions Backlog { get; set; } = new();
}

/// <summary>The <c>Check-Tests</c> gate.</summary>
public sealed class TestsGateOptions
{
    /// <summary>Whether the gate runs. Default true.</summary>
    [Description("Whether the gate runs.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The test command; it must write TRX or JUnit XML. Default: <c>dotnet test</c> with a TRX logger.</summary>
    [Description("The test command; it must write TRX or JUnit XML into resultsDirectory.")]
    public string Command { get; set; } = "dotnet test --logger trx --results-directory {results}";

    /// <summary>Where the result files are read from. Default <c>artifacts/test-results</c>.</summary>
    [Description("Where the result files are read from.")]
    public string ResultsDirectory { get; set; } = "artifacts/test-results";

    /// <summary>Minutes before the test command is killed and the gate fails. Default 30.</summary>
    [Description("Minutes before the test command is killed and the gate fails.")]
    [Range(1, 1440)]
    public int TimeoutMinutes { get; set; } = 30;
}

/// <summary>The <c>Check-Review</c> gate.</summary>
public sealed class ReviewGateOptions
{
    /// <summary>Whether the gate runs. Default true.</summary>
    [Description("Whether the gate runs.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Approvals each pull request needs. Default 1.</summary>
    [Description("Approvals each pull request needs.")]
    [Range(0, 20)]
    public int Approvals { get; set; } = 1;

    /// <summary>Whether a commit pushed without a pull request passes. Default false.</summary>
    [Description("Whether a commit pushed without a pull request passes.")]
    public bool AllowDirectPush { get; set; }

    /// <summary>Whether the statuses and check runs of HEAD must be green. Default true.</summary>
    [Description("Whether the statuses and check runs of HEAD must be green.")]
    public bool RequireGreenChecks { get; set; } = true;
}

/// <summary>The <c>Check-Security</c> gate.</summary>
public sealed class SecurityGateOptions
{
    /// <summary>Whether the gate runs. Default true.</summary>
    [Description("Whether the gate runs.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The lowest severity that fails the gate. Default <see cref="Severity.High"/>.</summary>
    [Description("The lowest severity that fails the gate.")]
    public Severity Threshold { get; set; } = Severity.High;

    /// <summary>Whether a tool that cannot reach its advisory data passes. Default false (fail safe).</summary>
    [Description("Whether a tool that cannot reach its advisory data passes (default: it fails).")]
    public bool AllowMissingAdvisoryData { get; set; }

    /// <summary>An offline advisory file in OSV format, for air-gapped machines.</summary>
    [Description("An offline advisory file in OSV format, for air-gapped machines.")]
    public string? AdvisoryFile { get; set; }

    /// <summary>Advisories accepted until a date, each with a reason.</summary>
    [Description("Advisories accepted until a date, each with a reason.")]
    public List<AllowlistEntry> Allowlist { get; set; } = [];
}

/// <summary>One accepted advisory.</summary>
public sealed class AllowlistEntry
{
    /// <summary>The advisory ID, for example <c>GHSA-5crp-9r3c-p9vr</c>.</summary>
    [Description("The advisory ID, for example GHSA-5crp-9r3c-p9vr.")]
    public string Id { get; set; } = "";

    /// <summary>The date (yyyy-MM-dd) after which the entry fails the gate.</summary>
    [Description("The date (yyyy-MM-dd) after which the entry fails the gate.")]
    public string Expires { get; set; } = "";

    /// <summary>Why the advisory is accepted.</summary>
    [Description("Why the advisory is accepted.")]
    public string Reason { get; set; } = "";
}

/// <summary>An advisory's severity.</summary>
public enum Severity
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>High.</summary>
    High,

    /// <summary>Critical.</summary>
    Critical,
}

/// <summary>The <c>Check-Branch</c> gate.</summary>
public sealed class BranchGateOptions
{
    /// <summary>Whether the gate runs. Default true.</summary>
    [Description("Whether the gate runs.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The git remote HEAD must be up to date with. Default <c>origin</c>.</summary>
    [Description("The git remote HEAD must be up to date with.")]
    public string Remote { get; set; } = "origin";
}

/// <summary>The <c>Check-Backlog</c> gate.</summary>
public sealed class BacklogGateOptions
{
    /// <summary>Whether the gate runs. Default true.</summary>
    [Description("Whether the gate runs.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Labels of open issues that block a release. Default <c>critical</c> and <c>blocker</c>.</summary>
    [Description("Labels of open issues that block a release.")]
    public List<string> Labels { get; set; } = ["critical", "blocker"];
}
