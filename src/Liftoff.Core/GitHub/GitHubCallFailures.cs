using Liftoff.Diagnostics;

namespace Liftoff.GitHub;

/// <summary>
/// How a final GitHub failure reads for one kind of caller: the gates' reads and the notices' writes share the
/// pipeline and the translation, and differ only in their codes and a few words.
/// </summary>
/// <param name="FailedCode">The code when GitHub kept failing or answered an error.</param>
/// <param name="DeniedCode">The code when the token was refused or cannot see the repository.</param>
/// <param name="Forbidden">What a 403 means for this caller, after "the token may not".</param>
/// <param name="NotFound">What a 404 means for this caller.</param>
/// <param name="GaveUp">What giving up after the retries means for this caller, or empty.</param>
internal sealed record GitHubCallFailures(string FailedCode, string DeniedCode, string Forbidden, string NotFound, string GaveUp)
{
    /// <summary>The gates' reads (reviews, issues): a failure means the gate could not be checked.</summary>
    public static GitHubCallFailures Reads { get; } = new(
        DiagnosticCodes.GateGitHubReadFailed, DiagnosticCodes.GateGitHubAccessDenied,
        "read this", "the repository does not exist or the token cannot see it", ", so it could not be checked");

    /// <summary>The notices' writes (deployments, statuses, comments, incident issues).</summary>
    public static GitHubCallFailures Notices { get; } = new(
        DiagnosticCodes.GitHubNoticeFailed, DiagnosticCodes.GitHubNoticeFailed,
        "do this", "the repository, deployment or issue does not exist, or the token cannot see it", "");
}
