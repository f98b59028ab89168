namespace Liftoff.Diagnostics;

/// <summary>05xx: artifacts (archive, manifest, version marker) and deploy targets.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The artifact cannot be built from its inputs: a missing source folder, a bad name or version, a symbolic link in the source.</summary>
    public const string ArtifactSourceInvalid = "LIFTOFF0501";

    /// <summary>The archive's sha256 differs from the one its manifest records: it was changed or damaged after the build.</summary>
    public const string ArtifactChecksumMismatch = "LIFTOFF0502";

    /// <summary>An archive entry would land outside the target: an absolute path, <c>..</c>, or a link (zip slip).</summary>
    public const string ArtifactUnsafeEntry = "LIFTOFF0503";

    /// <summary>The extracted files do not match the manifest: a file missing, extra, or with another size or sha256.</summary>
    public const string ArtifactContentMismatch = "LIFTOFF0504";

    /// <summary>The manifest is missing, is not valid JSON, or lacks a required value.</summary>
    public const string ArtifactManifestUnreadable = "LIFTOFF0505";

    /// <summary>A deploy target's options are invalid (a relative root, keep below 1, a shared path that escapes).</summary>
    public const string DeployTargetInvalid = "LIFTOFF0510";

    /// <summary>The release asked for (for a rollback) is not on the target.</summary>
    public const string ReleaseNotFound = "LIFTOFF0511";

    /// <summary>A release folder with this id already exists but holds a different artifact.</summary>
    public const string ReleaseConflict = "LIFTOFF0512";

    /// <summary>The check run against a prepared release before the switch rejected it; nothing was switched.</summary>
    public const string PreSwitchCheckFailed = "LIFTOFF0513";

    /// <summary>The atomic switch of the live pointer failed; the previous release is still served.</summary>
    public const string SwitchFailed = "LIFTOFF0514";

    /// <summary>A shared directory would replace a path that the artifact itself contains.</summary>
    public const string SharedDirectoryConflict = "LIFTOFF0515";
}
