using Liftoff.TestSupport;
using Liftoff.TestSupport.Dotnet;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Gates;

/// <summary>
/// Pre-Deploy-Checks the way a user runs it: ./build.sh against a sandbox .NET repository with a real NUnit solution,
/// a bare origin and a production release tag. GitHub is not reachable here, so the review and backlog gates are
/// switched off in the sandbox's liftoff.json (they are tested against the local GitHub server elsewhere), and the
/// security gate is told that this registry has no advisory data.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class BuildScriptPreDeployChecksTests
{
    [Test]
    public async Task BuildSh_PreDeployChecks_FailsNamingTheFailedTestsThenPassesWithTheTable()
    {
        using var sandbox = GitSandbox.Create();
        WriteRepository(sandbox, breaks: true);
        sandbox.Commit("feat: first");
        sandbox.Tag("v1.0.0");
        sandbox.WriteFile("Sandbox.Tests/More.cs", "public class More { }\n");
        sandbox.Commit("feat: cart totals", "Sandbox.Tests/More.cs");
        sandbox.Push();

        var failing = await BuildShAsync(sandbox);
        WriteRepository(sandbox, breaks: false);
        sandbox.Commit("fix: totals", DotnetSandbox.TestFile);
        sandbox.Push();
        var passing = await BuildShAsync(sandbox);

        Assert.That(failing.ExitCode, Is.Not.Zero, failing.ToString());
        Assert.That(failing.StdOut, Does.Match(@"Check-Tests\s+✗ Fail\s+1/2 passed"));
        Assert.That(failing.StdErr + failing.StdOut, Does.Contain("LIFTOFF1200: 1 gate(s) failed: Check-Tests: 1/2 passed"));
        Assert.That(passing.ExitCode, Is.Zero, passing.ToString());
        Assert.That(passing.StdOut, Does.Match(@"Check-Tests\s+✓ Pass\s+2/2 passed"));
        Assert.That(passing.StdOut, Does.Match(@"Check-Branch\s+✓ Pass\s+\d+ commit\(s\) ahead of v1\.0\.0"));
        Assert.That(passing.StdOut, Does.Match(@"Check-Review\s+- Skipped"));
    }

    private static Task<ProcessResult> BuildShAsync(GitSandbox sandbox) =>
        ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ["--target=Pre-Deploy-Checks", $"--working={sandbox.Path}"],
            environment: sandbox.Environment,
            timeout: TimeSpan.FromMinutes(8));

    private static void WriteRepository(GitSandbox sandbox, bool breaks)
    {
        sandbox.WriteFile(".gitignore", "bin/\nobj/\nartifacts/\n");
        sandbox.WriteFile("liftoff.json", """
            {
              "gates": {
                "review": { "enabled": false },
                "backlog": { "enabled": false },
                "security": { "allowMissingAdvisoryData": true }
              }
            }
            """);
        DotnetSandbox.WriteNUnitSolution(sandbox.Path, failing: breaks);
    }
}
