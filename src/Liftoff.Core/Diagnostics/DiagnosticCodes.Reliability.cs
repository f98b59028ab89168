namespace Liftoff.Diagnostics;

/// <summary>17xx: guards added by the reliability and security suite.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A configured release path (the changelog, an asset) resolves outside the repository.</summary>
    public const string ReleasePathOutsideRepository = "LIFTOFF1701";

    /// <summary><c>--version</c> is not above the last release.</summary>
    public const string VersionOverrideNotAbove = "LIFTOFF1702";
}
