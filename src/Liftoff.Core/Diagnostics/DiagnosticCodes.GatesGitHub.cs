namespace Liftoff.Diagnostics;

/// <summary>1250–1299: the gates that read GitHub (<c>Check-Review</c>, <c>Check-Backlog</c>) and the hotfix waiver.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A GitHub read for a gate kept failing (5xx, 429, network errors or timeouts) after every retry, or failed otherwise.</summary>
    public const string GateGitHubReadFailed = "LIFTOFF1250";

    /// <summary>GitHub refused a gate's read: the token is invalid (401), may not read (403), or cannot see the repository (404).</summary>
    public const string GateGitHubAccessDenied = "LIFTOFF1251";

    /// <summary><c>--hotfix</c> was given without <c>--reason="..."</c>; a waiver must say why.</summary>
    public const string HotfixReasonMissing = "LIFTOFF1252";
}
