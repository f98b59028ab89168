using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Deploy.Targets.ReleasesDirectory;

/// <summary>
/// Settings for <see cref="ReleasesDirectoryTarget"/>. The layout under <see cref="Root"/> is
/// <c>releases/&lt;version&gt;-&lt;shortsha&gt;/</c>, <c>current</c> (the link the web server serves),
/// <c>previous</c> (the link <c>current</c> had before the last switch) and <c>shared/</c>.
/// </summary>
public sealed class ReleasesDirectoryOptions
{
    /// <summary>The folder holding <c>releases/</c>, <c>current</c> and <c>shared/</c>; an absolute path. Required.</summary>
    public required string Root { get; init; }

    /// <summary>
    /// How many releases to keep, newest first. Default 5. The release served and the one before it are kept
    /// in any case, so rollback always has somewhere to go.
    /// </summary>
    public int Keep { get; init; } = 5;

    /// <summary>
    /// Paths inside each release (for example <c>uploads</c>) that are links to <c>shared/&lt;path&gt;</c>, so data
    /// survives deploys. Empty by default. The artifact must not contain them.
    /// </summary>
    public IReadOnlyList<string> SharedDirectories { get; init; } = [];

    /// <summary>
    /// Runs against a prepared release just before the switch (for example, a smoke test of its files). Return
    /// null to accept it, or the reason to refuse it; a refusal leaves the served release untouched. None by default.
    /// </summary>
    public Func<PreparedRelease, CancellationToken, Task<string?>>? PreSwitchCheck { get; init; }

    /// <summary>Checks every setting and reports all problems at once.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.DeployTargetInvalid"/>, listing each problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Root) || !Path.IsPathFullyQualified(Root))
        {
            problems.Add($"root '{Root}' must be an absolute path");
        }

        if (Keep < 1)
        {
            problems.Add($"keep is {Keep}; it must be 1 or more");
        }

        foreach (var shared in SharedDirectories)
        {
            try
            {
                EntryPathGuard.Normalise(shared);
            }
            catch (LiftoffException)
            {
                problems.Add($"shared directory '{shared}' must be a relative path without '..'");
            }
        }

        if (problems.Count > 0)
        {
            throw new LiftoffException(DiagnosticCodes.DeployTargetInvalid, ExitCodes.ConfigurationInvalid,
                "the releases-directory target is misconfigured: " + string.Join("; ", problems));
        }
    }
}
