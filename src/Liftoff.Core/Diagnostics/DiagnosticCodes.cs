namespace Liftoff.Diagnostics;

/// <summary>
/// Every diagnostic code Liftoff prints, in one place, so codes stay unique and searchable.
/// 00xx: the host and its command line; 01xx: test results; 02xx: configuration; 03xx: versioning and git. Later areas take their own hundreds (12xx gates, and so on).
/// </summary>
public static partial class DiagnosticCodes
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

    /// <summary>The configuration is invalid; the message lists every problem, each with its own 02xx code.</summary>
    public const string ConfigurationInvalid = "LIFTOFF0200";

    /// <summary>The configuration file is not valid JSON.</summary>
    public const string ConfigurationSyntax = "LIFTOFF0201";

    /// <summary>The file named by <c>--config</c> does not exist.</summary>
    public const string ConfigurationFileMissing = "LIFTOFF0202";

    /// <summary>A key no setting has.</summary>
    public const string ConfigurationUnknownKey = "LIFTOFF0203";

    /// <summary>A value of the wrong type: text for a number, an object for a string, and so on.</summary>
    public const string ConfigurationWrongType = "LIFTOFF0204";

    /// <summary>A number outside its allowed range.</summary>
    public const string ConfigurationOutOfRange = "LIFTOFF0205";

    /// <summary>A value that is not one of the allowed choices.</summary>
    public const string ConfigurationNotAChoice = "LIFTOFF0206";

    /// <summary>The same key twice in one JSON object.</summary>
    public const string ConfigurationDuplicateKey = "LIFTOFF0207";

    /// <summary>Two environments with the same name.</summary>
    public const string ConfigurationDuplicateEnvironment = "LIFTOFF0208";

    /// <summary>An environment promotes from one that does not exist, or from itself.</summary>
    public const string ConfigurationUnknownPromotesFrom = "LIFTOFF0209";

    /// <summary>A secret written literally in the file or on the command line.</summary>
    public const string ConfigurationLiteralSecret = "LIFTOFF0210";

    /// <summary>An environment name that cannot become a target name.</summary>
    public const string ConfigurationBadEnvironmentName = "LIFTOFF0211";

    /// <summary>A URL that is not an absolute http or https URL.</summary>
    public const string ConfigurationBadUrl = "LIFTOFF0212";

    /// <summary>A version setting that is not SemVer 2.0.</summary>
    public const string ConfigurationBadVersion = "LIFTOFF0213";

    /// <summary>A git command failed; the message names the command, its exit code and what git printed.</summary>
    public const string GitCommandFailed = "LIFTOFF0301";

    /// <summary>The git executable could not be started.</summary>
    public const string GitNotFound = "LIFTOFF0302";

    /// <summary>The versioning options are invalid: a first version, range or pre-release id that is not SemVer.</summary>
    public const string VersioningOptionsInvalid = "LIFTOFF0310";

    /// <summary>The next version falls outside the maintenance branch's range.</summary>
    public const string VersionOutsideMaintenanceRange = "LIFTOFF0311";
}
