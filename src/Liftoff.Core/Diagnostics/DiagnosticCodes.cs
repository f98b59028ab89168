namespace Liftoff.Diagnostics;

/// <summary>
/// Every diagnostic code Liftoff prints, in one place, so codes stay unique and searchable.
/// 00xx: the host and its command line; 01xx: test results. Later areas take their own hundreds (12xx gates, and so on).
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The target asked for does not exist.</summary>
    public const string UnknownTarget = "LIFTOFF0001";

    /// <summary>A command-line argument is malformed.</summary>
    public const string BadArgument = "LIFTOFF0002";

    /// <summary>The <c>--working</c> directory does not exist.</summary>
    public const string WorkingDirectoryMissing = "LIFTOFF0003";

    /// <summary>Two tasks have the same name.</summary>
    public const string DuplicateTask = "LIFTOFF0004";

    /// <summary>A task needs a context type the host does not provide.</summary>
    public const string IncompatibleContext = "LIFTOFF0005";

    /// <summary>A task depends on a task that does not exist.</summary>
    public const string UnknownDependency = "LIFTOFF0006";

    /// <summary>A test result file is missing or malformed.</summary>
    public const string TestResultsUnreadable = "LIFTOFF0101";
}
