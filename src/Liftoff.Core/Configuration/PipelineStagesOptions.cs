using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>
/// The stages <c>Deploy-&lt;Env&gt;</c> runs before the deploy when it makes its own artifact. With <c>--artifact</c>
/// (a promotion of an artifact made earlier) none of them run.
/// </summary>
public sealed class PipelineStagesOptions
{
    /// <summary>Whether the gates run first (Check-Tests, Check-Review, Check-Security, Check-Branch, Check-Backlog, Pre-Deploy-Checks). Default true.</summary>
    [Description("Whether Deploy-<Env> runs the gates first (Check-* and Pre-Deploy-Checks); each gate also has its own gates.<name>.enabled.")]
    public bool Gates { get; set; } = true;

    /// <summary>Whether the artifact is built in the run (Next-Version, Build-Production, Check-Build); false needs <c>--artifact</c>. Default true.</summary>
    [Description("Whether Deploy-<Env> builds the artifact (Next-Version, Build-Production, Check-Build); false needs --artifact and also skips the release.")]
    public bool Build { get; set; } = true;

    /// <summary>
    /// Whether the release is made before the deploy (Changelog, Bump-Version, Tag, GitHub-Release). Default true, and
    /// false for the default test and staging environments: only the way to production tags a release.
    /// </summary>
    [Description("Whether Deploy-<Env> makes the release (Changelog, Bump-Version, Tag, GitHub-Release) before the deploy; false for test or staging deploys that must not tag (the default for the default test and staging).")]
    public bool Release { get; set; } = true;
}
