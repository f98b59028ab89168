namespace Liftoff.Building;

/// <summary>One warning a build printed.</summary>
/// <param name="Source"><c>msbuild</c> for MSBuild's canonical format, <c>pattern</c> for <c>build.warningPattern</c>.</param>
/// <param name="Code">The warning's code, for example <c>CS0168</c>; empty when the tool prints none.</param>
/// <param name="Text">The line, without MSBuild's trailing <c>[project]</c>.</param>
public sealed record BuildWarning(string Source, string Code, string Text)
{
    /// <summary>The source of warnings read in MSBuild's canonical format.</summary>
    public const string MsBuild = "msbuild";

    /// <summary>The source of warnings matched by <c>build.warningPattern</c>.</summary>
    public const string Pattern = "pattern";
}
