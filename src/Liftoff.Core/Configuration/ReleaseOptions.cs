using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>The <c>release</c> section: versioning, channels, changelog, bump files and the release commit.</summary>
public sealed class ReleaseOptions
{
    /// <summary>The prefix of release tags. Default <c>v</c>.</summary>
    [Description("The prefix of release tags.")]
    public string TagPrefix { get; set; } = "v";

    /// <summary>The stable release branches. Default <c>main</c> and <c>master</c>.</summary>
    [Description("The stable release branches.")]
    public List<string> Branches { get; set; } = ["main", "master"];

    /// <summary>Branches that release pre-releases named after the branch, for example <c>beta</c> gives <c>2.0.0-beta.1</c>.</summary>
    [Description("Branches that release pre-releases named after the branch (beta gives 2.0.0-beta.1).")]
    public List<string> PrereleaseBranches { get; set; } = [];

    /// <summary>The version of the first release. Default <c>1.0.0</c>.</summary>
    [Description("The version of the first release.")]
    [SemanticVersion]
    public string FirstVersion { get; set; } = "1.0.0";

    /// <summary>Whether a breaking change bumps the minor version while the major is 0. Default false.</summary>
    [Description("Whether a breaking change bumps the minor version (not the major) before 1.0.0.")]
    public bool BreakingBumpsMinorBeforeOne { get; set; }

    /// <summary>Whether the GitHub release is created as a draft. Default false.</summary>
    [Description("Whether the GitHub release is created as a draft.")]
    public bool Draft { get; set; }

    /// <summary>The changelog file.</summary>
    [Description("The changelog file.")]
    public ChangelogOptions Changelog { get; set; } = new();

    /// <summary>The commit that records the changelog and the version bumps.</summary>
    [Description("The commit that records the changelog and the version bumps.")]
    public ReleaseCommitOptions Commit { get; set; } = new();

    /// <summary>Files attached to the GitHub release: paths or globs from the repository root. Default none.</summary>
    [Description("Files attached to the GitHub release (paths or globs from the repository root); each one's sha256 is listed in the notes.")]
    public List<string> Assets { get; set; } = [];

    /// <summary>Extra files whose version is bumped, besides project files and package.json.</summary>
    [Description("Extra files whose version is bumped, besides project files and package.json.")]
    public List<BumpFileOptions> BumpFiles { get; set; } = [];
}

/// <summary>The changelog file.</summary>
public sealed class ChangelogOptions
{
    /// <summary>Whether the changelog is written. Default true.</summary>
    [Description("Whether the changelog is written.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The changelog's path from the repository root. Default <c>CHANGELOG.md</c>.</summary>
    [Description("The changelog's path from the repository root.")]
    public string Path { get; set; } = "CHANGELOG.md";
}

/// <summary>The release commit.</summary>
public sealed class ReleaseCommitOptions
{
    /// <summary>Whether a release commit is made. Default true.</summary>
    [Description("Whether a release commit is made.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The commit message; <c>{version}</c> is replaced. Default <c>chore(release): {version}</c>.</summary>
    [Description("The commit message; {version} is replaced.")]
    public string Message { get; set; } = "chore(release): {version}";
}

/// <summary>One extra file whose version is bumped.</summary>
public sealed class BumpFileOptions
{
    /// <summary>The file's path from the repository root.</summary>
    [Description("The file's path from the repository root.")]
    public string Path { get; set; } = "";

    /// <summary>How the version is found in the file. Default <see cref="BumpFileKind.Regex"/>.</summary>
    [Description("How the version is found in the file.")]
    public BumpFileKind Kind { get; set; } = BumpFileKind.Regex;

    /// <summary>The regular expression (with a group named <c>version</c>), JSON path or XML path.</summary>
    [Description("The regular expression (with a group named version), JSON path or XML path.")]
    public string Pattern { get; set; } = "";
}

/// <summary>How a bump file's version is found.</summary>
public enum BumpFileKind
{
    /// <summary>A regular expression with a group named <c>version</c>.</summary>
    Regex,

    /// <summary>A JSON path.</summary>
    JsonPath,

    /// <summary>An XML path.</summary>
    XmlPath,
}
