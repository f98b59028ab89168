namespace Liftoff.Diagnostics;

/// <summary>
/// 15xx (1500–1599): records and notices about a run: the GitHub deployment mirror, pull request comments, incident
/// reports and issues, webhook notifications and the GitHub Actions files. None of them ever fails a good deploy:
/// the host reports them as warnings.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>A GitHub call for a notice (deployment, deployment status, comment, incident issue) failed after its retries.</summary>
    public const string GitHubNoticeFailed = "LIFTOFF1501";

    /// <summary>A deployment or notice request is incomplete: no ref, no environment, no version.</summary>
    public const string NoticeRequestInvalid = "LIFTOFF1502";

    /// <summary>A webhook notification could not be delivered after its retries.</summary>
    public const string WebhookFailed = "LIFTOFF1510";

    /// <summary>The webhook secret does not hold an absolute http or https URL.</summary>
    public const string WebhookUrlInvalid = "LIFTOFF1511";

    /// <summary>The incident report could not be written.</summary>
    public const string IncidentReportFailed = "LIFTOFF1520";

    /// <summary>A GitHub Actions file ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT) could not be written.</summary>
    public const string GitHubActionsFileFailed = "LIFTOFF1530";

    /// <summary>A notice sink failed in a way it did not expect; reported as a warning, the run's result stands.</summary>
    public const string NoticeSinkFailed = "LIFTOFF1590";
}
