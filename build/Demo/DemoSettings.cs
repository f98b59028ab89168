using Cake.Common;

namespace Build.Demo;

/// <summary>The Demo target's switches: <c>--keep</c>, <c>--with-github</c> and <c>--sandbox=DIR</c>.</summary>
/// <param name="Keep">Leave nginx running (and the sandbox in place) when the demo ends.</param>
/// <param name="WithGitHub">Start the local GitHub REST server and point the sample at it.</param>
/// <param name="Sandbox">The folder to build the sandbox in (empty or missing), or null for a new temp folder.</param>
internal sealed record DemoSettings(bool Keep, bool WithGitHub, string? Sandbox)
{
    public static DemoSettings From(BuildContext context) => new(
        Flag(context, "keep"),
        Flag(context, "with-github"),
        context.HasArgument("sandbox") ? Path.GetFullPath(context.Argument<string>("sandbox"), context.Root.FullPath) : null);

    // A bare --keep arrives as "true"; --keep=false turns it off again.
    private static bool Flag(BuildContext context, string name) =>
        context.HasArgument(name) && !string.Equals(context.Argument(name, "true"), "false", StringComparison.OrdinalIgnoreCase);
}
