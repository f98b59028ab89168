using System.Text.RegularExpressions;
using Liftoff.Configuration;

namespace Liftoff.Versioning;

/// <summary>
/// Which release channel a branch is on, as semantic-release decides it: a configured stable branch (main, master),
/// a configured pre-release branch (its name becomes the pre-release id: <c>beta</c> gives <c>2.0.0-beta.1</c>), or a
/// maintenance branch named after its range (<c>1.x</c>, <c>1.4.x</c>). Any other branch is not a release branch.
/// </summary>
public sealed partial record ReleaseChannel
{
    /// <summary>The branch, or null on a detached HEAD.</summary>
    public string? Branch { get; init; }

    /// <summary>The pre-release id for a pre-release branch, else null.</summary>
    public string? PrereleaseId { get; init; }

    /// <summary>The range for a maintenance branch, else null.</summary>
    public string? MaintenanceRange { get; init; }

    /// <summary>Whether the branch may release at all. Next-Version still answers on other branches; releasing does not.</summary>
    public bool IsReleaseBranch { get; init; }

    /// <summary>A short description for output, for example <c>main (stable)</c>.</summary>
    public string Description => (Branch ?? "(detached HEAD)") + (PrereleaseId is not null ? $" (pre-release {PrereleaseId})"
        : MaintenanceRange is not null ? $" (maintenance {MaintenanceRange})"
        : IsReleaseBranch ? " (stable)" : " (not a release branch)");

    /// <summary>Finds the channel of <paramref name="branch"/> under the release settings.</summary>
    public static ReleaseChannel For(string? branch, ReleaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (branch is null)
        {
            return new ReleaseChannel();
        }

        if (options.PrereleaseBranches.Contains(branch, StringComparer.Ordinal))
        {
            return new ReleaseChannel { Branch = branch, PrereleaseId = PrereleaseIdFor(branch), IsReleaseBranch = true };
        }

        if (MaintenanceBranch().IsMatch(branch))
        {
            return new ReleaseChannel { Branch = branch, MaintenanceRange = branch, IsReleaseBranch = true };
        }

        return new ReleaseChannel { Branch = branch, IsReleaseBranch = options.Branches.Contains(branch, StringComparer.Ordinal) };
    }

    /// <summary>The versioning settings for this channel.</summary>
    public VersioningOptions ToVersioningOptions(ReleaseOptions options, string? versionOverride = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new VersioningOptions
        {
            TagPrefix = options.TagPrefix,
            FirstVersion = options.FirstVersion,
            BumpMinorPreMajor = options.BreakingBumpsMinorBeforeOne,
            PrereleaseId = PrereleaseId,
            MaintenanceRange = MaintenanceRange,
            VersionOverride = versionOverride,
            Branch = Branch,
        };
    }

    // SemVer pre-release identifiers allow only [0-9A-Za-z-]; a branch such as release/next becomes release-next.
    private static string PrereleaseIdFor(string branch) => InvalidIdentifierCharacters().Replace(branch, "-");

    [GeneratedRegex(@"^\d+(\.\d+)?\.x$")]
    private static partial Regex MaintenanceBranch();

    [GeneratedRegex("[^0-9A-Za-z-]")]
    private static partial Regex InvalidIdentifierCharacters();
}
