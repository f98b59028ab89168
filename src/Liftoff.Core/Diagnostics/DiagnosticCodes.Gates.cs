namespace Liftoff.Diagnostics;

/// <summary>12xx: gates before a deploy; 13xx: the production build.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A gate failed; the message names it and says why.</summary>
    public const string GateFailed = "LIFTOFF1201";

    /// <summary>Several gates failed; the table lists them.</summary>
    public const string GatesFailed = "LIFTOFF1200";
}
