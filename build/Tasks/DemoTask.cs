using System.Globalization;
using Build.Demo;
using Cake.Core;
using Liftoff.Cake.Tasks;

namespace Build.Tasks;

/// <summary>
/// The README's first command: packs Liftoff, builds a sandbox (the sample site as its own git repository with a bare
/// origin, nginx serving test, staging and production on loopback ports, and nginx in front of the order service's two
/// slots) and runs the mission's four deployment scenarios and a service canary through the sample's own
/// <c>./build.sh</c>, each judged from the ledger. It fails unless all five behaved as expected.
/// </summary>
[TaskName("Demo")]
[TaskDescription("Packs, then runs the five deployment scenarios (staged, standard, with rollback, hotfix, a service canary aborted automatically) on the sample site in a sandbox: git with a bare origin, nginx on loopback. --keep leaves nginx running, --with-github uses a local GitHub server, --sandbox=DIR picks the folder.")]
[IsDependentOn(typeof(PackTask))]
public sealed class DemoTask : AsyncBuildTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var result = await new DemoRun(context, DemoSettings.From(context)).RunAsync();
        var passed = result.Verdicts.Count(verdict => verdict.Passed);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"demo: {passed}/{result.Verdicts.Count} scenarios as expected in {(int)result.Elapsed.TotalMinutes}m {result.Elapsed.Seconds:00}s · sandbox {result.Sandbox} · nginx {(result.Kept ? "left running (--keep)" : "stopped")}");
        context.Summary.SetClosingLine(line);
        if (!result.AllPassed)
        {
            throw new CakeException(string.Join("\n", result.Verdicts.Where(verdict => !verdict.Passed)));
        }
    }
}
