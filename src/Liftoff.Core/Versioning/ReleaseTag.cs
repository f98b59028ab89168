using Semver;

namespace Liftoff.Versioning;

/// <summary>A release tag: a tag named prefix + SemVer 2.0 version.</summary>
/// <param name="Name">The tag name, for example <c>v1.2.3</c>.</param>
/// <param name="Version">The version after the prefix.</param>
/// <param name="CommitSha">The tagged commit.</param>
public sealed record ReleaseTag(string Name, SemVersion Version, string CommitSha)
{
    /// <summary>Reads a tag name as prefix + strict SemVer 2.0; null for any other tag (other prefixes, <c>v1.2</c>, <c>latest</c>).</summary>
    public static ReleaseTag? TryParse(string name, string prefix, string commitSha)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(prefix);
        return name.StartsWith(prefix, StringComparison.Ordinal)
            && SemVersion.TryParse(name[prefix.Length..], SemVersionStyles.Strict, out var version)
                ? new ReleaseTag(name, version, commitSha)
                : null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
