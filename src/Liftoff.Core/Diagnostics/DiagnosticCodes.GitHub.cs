namespace Liftoff.Diagnostics;

/// <summary>04xx: GitHub (repository, connection, releases and the calls behind them).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The origin URL does not name a GitHub repository (<c>owner/name</c> on a GitHub host).</summary>
    public const string GitHubOriginNotRecognized = "LIFTOFF0401";

    /// <summary>GitHub is required but neither <c>GITHUB_TOKEN</c> nor <c>GH_TOKEN</c> is set.</summary>
    public const string GitHubTokenMissing = "LIFTOFF0402";

    /// <summary>The GitHub API URL is not an absolute http or https URL.</summary>
    public const string GitHubApiUrlInvalid = "LIFTOFF0403";

    /// <summary>GitHub rejected the token (401), or the token may not do what was asked (403).</summary>
    public const string GitHubAccessDenied = "LIFTOFF0410";

    /// <summary>GitHub answered 404: the repository, release or asset does not exist, or the token cannot see it.</summary>
    public const string GitHubNotFound = "LIFTOFF0411";

    /// <summary>GitHub refused the request as invalid (422); the message lists GitHub's reasons.</summary>
    public const string GitHubValidationFailed = "LIFTOFF0412";

    /// <summary>A rate limit asks for a longer wait than Liftoff is configured to sit out.</summary>
    public const string GitHubRateLimited = "LIFTOFF0413";

    /// <summary>GitHub kept failing (5xx, 429, network errors or timeouts) after every retry.</summary>
    public const string GitHubUnavailable = "LIFTOFF0414";

    /// <summary>Any other failed GitHub call; the message names the status GitHub answered with.</summary>
    public const string GitHubRequestFailed = "LIFTOFF0415";

    /// <summary>A release request or an asset is malformed: an empty tag, an asset without a name, and so on.</summary>
    public const string GitHubReleaseRequestInvalid = "LIFTOFF0420";
}
