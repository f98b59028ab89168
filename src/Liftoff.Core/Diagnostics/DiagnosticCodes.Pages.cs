namespace Liftoff.Diagnostics;

/// <summary>0900–0949: the GitHub Pages deploy target.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The GitHub Pages target's options are invalid (no repository, a bad branch name, a bad CNAME).</summary>
    public const string PagesOptionsInvalid = "LIFTOFF0900";

    /// <summary>
    /// The Pages branch moved on the remote after it was fetched (someone else pushed); nothing was pushed and
    /// nothing was lost. Deploy again.
    /// </summary>
    public const string PagesBranchMoved = "LIFTOFF0901";

    /// <summary>The release asked for (for a rollback) is not in the Pages branch's history.</summary>
    public const string PagesReleaseNotFound = "LIFTOFF0902";

    /// <summary>The version marker in the prepared Pages tree is missing or names another build.</summary>
    public const string PagesMarkerMismatch = "LIFTOFF0903";

    /// <summary>The push of the Pages branch failed for a reason other than a concurrent change (auth, network, a hook).</summary>
    public const string PagesPushFailed = "LIFTOFF0904";
}
