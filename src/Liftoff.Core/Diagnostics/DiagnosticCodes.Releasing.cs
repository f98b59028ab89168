namespace Liftoff.Diagnostics;

/// <summary>08xx: the release commit, the tag and the push.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The release tag already exists at another commit.</summary>
    public const string TagConflict = "LIFTOFF0801";

    /// <summary>The remote branch has commits this clone lacks.</summary>
    public const string RemoteAhead = "LIFTOFF0802";

    /// <summary>The remote refused the push for another reason.</summary>
    public const string PushRefused = "LIFTOFF0803";

    /// <summary>There is nothing to tag: no new version and no release tag at HEAD.</summary>
    public const string NothingToRelease = "LIFTOFF0804";

    /// <summary>The branch may not release.</summary>
    public const string NotAReleaseBranch = "LIFTOFF0805";
}
