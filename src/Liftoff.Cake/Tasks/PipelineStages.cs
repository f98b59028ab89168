namespace Liftoff.Cake.Tasks;

/// <summary>The stages before a deploy, in the order <c>Deploy-&lt;Env&gt;</c> runs them.</summary>
public static class PipelineStages
{
    /// <summary>The gates and Pre-Deploy-Checks: nothing is built while one fails.</summary>
    public const string Gates = "gates";

    /// <summary>Next-Version (the artifact's version), Build-Production and Check-Build.</summary>
    public const string Build = "build";

    /// <summary>Changelog, Bump-Version, Tag, GitHub-Release and Release.</summary>
    public const string Release = "release";

    /// <summary>Every stage, in the order they run.</summary>
    public static IReadOnlyList<string> InOrder { get; } = [Gates, Build, Release];
}
