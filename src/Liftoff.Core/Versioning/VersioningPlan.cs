using System.Globalization;
using Liftoff.Diagnostics;
using Semver;

namespace Liftoff.Versioning;

/// <summary><see cref="VersioningOptions"/> checked and parsed once, before git is asked anything.</summary>
internal sealed record VersioningPlan(VersioningOptions Options, SemVersion FirstVersion, SemVersionRange? MaintenanceRange, SemVersion? VersionOverride)
{
    public string? PrereleaseId => Options.PrereleaseId;

    /// <exception cref="LiftoffException">One or more settings are invalid; the message lists them all.</exception>
    public static VersioningPlan From(VersioningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();

        if (options.TagPrefix is null || options.TagPrefix.Any(char.IsWhiteSpace))
        {
            problems.Add($"TagPrefix '{options.TagPrefix}' must be text without spaces (it may be empty).");
        }

        if (!SemVersion.TryParse(options.FirstVersion, SemVersionStyles.Strict, out var first) || first.IsPrerelease)
        {
            problems.Add($"FirstVersion '{options.FirstVersion}' must be a SemVer 2.0 release version such as 1.0.0 or 0.1.0.");
        }

        if (options.PrereleaseId is { } id
            && (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || id.All(char.IsAsciiDigit)))
        {
            problems.Add($"PrereleaseId '{id}' must be a SemVer pre-release identifier with a letter, such as beta or next.");
        }

        SemVersionRange? range = null;
        if (options.MaintenanceRange is { } text)
        {
            try
            {
                range = SemVersionRange.ParseNpm(text);
            }
            catch (FormatException)
            {
                problems.Add($"MaintenanceRange '{text}' must be a version range such as 1.x or 1.4.x.");
            }
        }

        SemVersion? versionOverride = null;
        if (options.VersionOverride is { } requested && !SemVersion.TryParse(requested, SemVersionStyles.Strict, out versionOverride))
        {
            problems.Add($"VersionOverride '{requested}' must be a SemVer 2.0 version such as 1.2.3 or 2.0.0-rc.1 (no 'v' prefix).");
        }

        if (options.PrereleaseId is not null && options.MaintenanceRange is not null)
        {
            problems.Add("PrereleaseId and MaintenanceRange cannot both be set: a branch is either a pre-release or a maintenance branch.");
        }

        if (problems.Count > 0)
        {
            throw new LiftoffException(
                DiagnosticCodes.VersioningOptionsInvalid,
                ExitCodes.BadInput,
                string.Create(CultureInfo.InvariantCulture, $"Invalid versioning options: {string.Join(" ", problems)}"));
        }

        return new VersioningPlan(options, first!, range, versionOverride);
    }

    /// <summary>Whether a tag takes part in finding the last release on this channel.</summary>
    public bool IsOnChannel(ReleaseTag tag) =>
        !tag.Version.IsPrerelease || (PrereleaseId is not null && PrereleaseNumber(tag.Version, PrereleaseId) is not null);

    /// <summary>N in <c>X.Y.Z-id.N</c>; null for any other pre-release.</summary>
    public static System.Numerics.BigInteger? PrereleaseNumber(SemVersion version, string id)
    {
        var identifiers = version.PrereleaseIdentifiers;
        return identifiers.Count == 2 && identifiers[0].Value == id ? identifiers[1].NumericValue : null;
    }

    /// <summary>Applies a release type to a stable version, honouring <see cref="VersioningOptions.BumpMinorPreMajor"/>.</summary>
    public (SemVersion Version, ReleaseType Bump) Increment(SemVersion version, ReleaseType bump)
    {
        if (bump == ReleaseType.Major && version.Major.IsZero && Options.BumpMinorPreMajor)
        {
            bump = ReleaseType.Minor;
        }

        var next = bump switch
        {
            ReleaseType.Major => new SemVersion(version.Major + 1, 0, 0),
            ReleaseType.Minor => new SemVersion(version.Major, version.Minor + 1, 0),
            ReleaseType.Patch => new SemVersion(version.Major, version.Minor, version.Patch + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(bump), bump, "Only a real release type increments a version."),
        };
        return (next, bump);
    }
}
