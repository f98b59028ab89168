using Liftoff.Configuration;

namespace Liftoff.Bumping;

/// <summary>One kind of edit to look for in one file: a found project file, package.json, or a configured bump file.</summary>
/// <param name="RelativePath">The file from the repository root, with <c>/</c> separators.</param>
/// <param name="Kind">How the value is found.</param>
/// <param name="Pattern">The regular expression, JSON path or XML path.</param>
/// <param name="Configured">Whether the user configured it: only then are a missing file or no match errors.</param>
internal sealed record BumpTarget(string RelativePath, BumpFileKind Kind, string Pattern, bool Configured)
{
    /// <summary>
    /// The MSBuild properties bumped in project files: direct children of a top-level PropertyGroup holding a literal
    /// value. An empty one or one computed from other properties (<c>$(VersionPrefix)-beta</c>) is not a version to replace.
    /// </summary>
    public const string ProjectVersionXPath =
        "/*[local-name()='Project']/*[local-name()='PropertyGroup']/*[local-name()='Version' or local-name()='VersionPrefix']"
        + "[not(*)][normalize-space()][not(contains(., '$('))]";

    /// <summary>npm's version: the top-level <c>version</c> only, never a dependency's.</summary>
    public const string PackageJsonPath = "$.version";

    /// <summary>For error messages: <c>(kind Regex, pattern '…')</c>.</summary>
    public string Describe() => $"(kind {Kind}, pattern '{Pattern}')";
}
