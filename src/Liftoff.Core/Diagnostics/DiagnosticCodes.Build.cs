namespace Liftoff.Diagnostics;

/// <summary>1300–1349: the production build (Build-Production) and its checks (Check-Build).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A build command exited non-zero; the message names it and shows the end of its output.</summary>
    public const string BuildCommandFailed = "LIFTOFF1300";

    /// <summary>A build command ran past <c>build.timeoutSeconds</c> and was killed.</summary>
    public const string BuildCommandTimedOut = "LIFTOFF1301";

    /// <summary>The build's output folder is unsafe to empty or overlaps the artifacts folder.</summary>
    public const string BuildOutputInvalid = "LIFTOFF1302";

    /// <summary><c>build.warningPattern</c> is not a valid regular expression.</summary>
    public const string BuildWarningPatternInvalid = "LIFTOFF1303";

    /// <summary>There is no commit to build: not a git repository, or no commits yet.</summary>
    public const string BuildNoCommit = "LIFTOFF1304";

    /// <summary>The build commands wrote nothing into the output folder.</summary>
    public const string BuildOutputEmpty = "LIFTOFF1305";

    /// <summary>A build command could not be started.</summary>
    public const string BuildCommandNotStarted = "LIFTOFF1306";
}
