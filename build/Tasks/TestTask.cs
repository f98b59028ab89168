using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Core;
using Liftoff.Cake.Tasks;
using Liftoff.Testing;

namespace Build.Tasks;

/// <summary>
/// Runs every test project with a TRX logger and counts the results from the TRX files, because CI reads the
/// plain <c>N passed, N failed, N skipped</c> line and the VSTest console summary is not in that form.
/// </summary>
[TaskName("Test")]
[TaskDescription("Runs every test project (--filter=EXPR narrows them) and prints 'N passed, N failed, N skipped'.")]
[IsDependentOn(typeof(CompileTask))]
public sealed class TestTask : BuildTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        context.CleanDirectory(context.TestResults);
        CakeException? runFailure = null;
        try
        {
            context.DotNetTest(context.Solution.FullPath, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                Filter = context.Filter,
                // A filtered run is usually someone looking at a few tests: show their output (for example the
                // zero-downtime test's request and failure counts). The full run stays quiet.
                Loggers = ["trx", context.Filter is null ? "console;verbosity=minimal" : "console;verbosity=normal"],
                ResultsDirectory = context.TestResults,
            });
        }
        catch (CakeException error)
        {
            // A failing test makes dotnet test exit non-zero; count first, then fail with the numbers.
            runFailure = error;
        }

        var summary = TrxReader.ReadAll(context.TestResults.FullPath);
        context.Summary.SetClosingLine(summary.ToString());
        if (summary.Failed > 0)
        {
            throw new CakeException($"{summary.Failed} test(s) failed: {summary}.");
        }

        if (!summary.AnyRan)
        {
            throw new CakeException($"No tests ran{(context.Filter is null ? string.Empty : $" for --filter={context.Filter}")}: {summary}.", runFailure);
        }

        if (runFailure is not null)
        {
            throw new CakeException($"dotnet test failed although every counted test passed: {runFailure.Message}", runFailure);
        }
    }
}
