using System.Reflection;
using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>The texts for <c>--version</c> and <c>--help</c>.</summary>
internal static class VersionText
{
    public const string Usage = """
        Usage: ./build.sh [--target=NAME] [options] [--name=value ...]

          --target=NAME      the target to run (default: Default); repeat for several
          --verbosity=LEVEL  quiet, minimal, normal, verbose or diagnostic
          --dryrun           list the tasks that would run, running none of them
          --exclusive        run only the target, not its dependencies
          --tree             print the task tree
          --description      print every task with its description
          --working=DIR      run against another directory
          --version          print the versions of Liftoff and Cake
          --help             print this text

        Any other --name=value is an argument the tasks can read; an argument not given
        falls back to the environment variable LIFTOFF_NAME (upper case, '-' as '_').

        """;

    public static string Describe()
    {
        var liftoff = typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(VersionText).Assembly.GetName().Version?.ToString() ?? "unknown";
        var cake = typeof(ICakeContext).Assembly.GetName().Version?.ToString(3) ?? "unknown";
        return $"Liftoff {liftoff} (Cake.Core {cake})";
    }
}
