using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>
/// Two Deploy-Production processes at once against the same origin: the lock ref is created with an atomic push
/// that fails if it exists, so exactly one wins and the other stops at once naming the holder. The processes run the
/// already-built build host directly, so that two concurrent builds of it cannot get in each other's way.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class ConcurrentDeployTests : EnvironmentFixture
{
    [Test]
    public async Task TwoConcurrentDeployProductionProcesses_ExactlyOneWins()
    {
        var served = Folder.Combine("served");
        WriteConfig(null, $$"""{ "type": "command", "settings": { "deploy": "sleep 6; echo {version} >> {{served}}", "timeoutSeconds": "60" } }""");
        var manifest = await ArtifactAsync("1.0.0");
        var buildHost = Path.Combine(RepositoryRoot.Path, "build", "bin", "Debug", "net10.0", "Build.dll");
        Assume.That(File.Exists(buildHost), $"the build host is built at {buildHost}");
        var environment = new Dictionary<string, string?>(Sandbox.Environment) { ["CI"] = "true" };

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ProcessRunner.RunAsync(
            "dotnet",
            [buildHost, "--target=Deploy-Production", $"--artifact={manifest}", "--yes", "--skip-promotion-check", "--reason=race test", $"--working={Sandbox.Path}"],
            environment: environment,
            timeout: TimeSpan.FromMinutes(3))));

        Assert.That(runs.Count(run => run.ExitCode == 0), Is.EqualTo(1), string.Join("\n----\n", runs.Select(run => run.ToString())));
        var loser = runs.Single(run => run.ExitCode != 0);
        Assert.That(loser.StdOut + loser.StdErr, Does.Contain("Deploy-Production is locked by"));
        Assert.That(File.ReadAllLines(served), Is.EqualTo(new[] { "1.0.0" }), "only the winner deployed");
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/locks/production"), "the winner released the lock");
    }
}
