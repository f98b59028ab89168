using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Configuration;

/// <summary><c>./build.sh --target=Check-Config --working=DIR</c> as a child process, the way the issue asks to show it.</summary>
[Category("Slow")]
[NonParallelizable]
public sealed class BuildScriptCheckConfigTests
{
    [Test]
    public async Task BuildSh_CheckConfigGoodFile_PrintsEachValueWithItsSource()
    {
        using var working = TempDirectory.Create("check-config");
        working.WriteFile("liftoff.json", """{ "release": { "tagPrefix": "rel-" } }""");

        var result = await RunAsync(working.Path, new() { ["LIFTOFF_GITHUB__OWNER"] = "acme" }, "--locks.ttlMinutes=45");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Match(@"release\.tagPrefix\s+= rel-  \(file liftoff\.json:1\)"));
        Assert.That(result.StdOut, Does.Match(@"github\.owner\s+= acme  \(env LIFTOFF_GITHUB__OWNER\)"));
        Assert.That(result.StdOut, Does.Match(@"locks\.ttlMinutes\s+= 45  \(argument --locks\.ttlMinutes\)"));
        Assert.That(result.StdOut, Does.Match(@"ledger\.ref\s+= refs/liftoff/ledger  \(default\)"));
    }

    [Test]
    public async Task BuildSh_CheckConfigBrokenFile_ExitsThreeListingEveryProblem()
    {
        using var working = TempDirectory.Create("check-config");
        working.WriteFile("liftoff.json", """
            {
              "relase": {},
              "gates": { "review": { "approvals": "two" } },
              "environments": { "production": { "promotesFrom": "staging" } }
            }
            """);

        var result = await RunAsync(working.Path, []);

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.StdErr, Does.Contain("(3 problems)"));
        Assert.That(result.StdErr, Does.Contain("LIFTOFF0203 file liftoff.json:2: relase: unknown key 'relase'. Did you mean 'release'?"));
        Assert.That(result.StdErr, Does.Contain("LIFTOFF0204 file liftoff.json:3: gates.review.approvals = \"two\": expected a whole number."));
        Assert.That(result.StdErr, Does.Contain("LIFTOFF0209 file liftoff.json:4: environments.production.promotesFrom = \"staging\""));
        Assert.That(result.StdOut.TrimEnd(), Does.EndWith("(3 problems); nothing ran."));
    }

    private static Task<ProcessResult> RunAsync(string working, Dictionary<string, string?> environment, params string[] extra) =>
        ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ["--target=Check-Config", $"--working={working}", .. extra],
            workingDirectory: Path.GetTempPath(),
            environment: environment,
            timeout: TimeSpan.FromMinutes(5));
}
