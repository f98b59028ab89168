namespace Liftoff.Diagnostics;

/// <summary>1210–1249: the gates that check locally (tests, branch state, security audit).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A gate's command (the test command, dotnet, npm) could not be started.</summary>
    public const string GateCommandNotStarted = "LIFTOFF1210";

    /// <summary>A gate's command ran past its timeout and was killed.</summary>
    public const string GateCommandTimedOut = "LIFTOFF1211";

    /// <summary>A security tool wrote output that is not the JSON it documents.</summary>
    public const string AuditOutputUnreadable = "LIFTOFF1230";

    /// <summary>The offline advisory file is missing or is not OSV JSON.</summary>
    public const string AdvisoryFileUnreadable = "LIFTOFF1231";

    /// <summary>An allowlist entry's expiry is not a yyyy-MM-dd date.</summary>
    public const string AllowlistEntryInvalid = "LIFTOFF1232";
}
