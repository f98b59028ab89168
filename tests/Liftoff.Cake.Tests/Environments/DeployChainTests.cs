using Liftoff.Gates;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Tests.Environments;

/// <summary>
/// Deploy-&lt;Env&gt; runs the pipeline before it (gates, next version, build, build check, release) and deploys what it
/// built, recording the gates' verdicts and a waived review with the deploy; <c>--artifact</c> skips all of that.
/// </summary>
[Category("Slow")]
public sealed class DeployChainTests : EnvironmentFixture
{
    [Test]
    public async Task DeployTest_Tree_ListsThePipelineBeforeTheDeploy()
    {
        var result = await RunAsync("--tree", "--target=Deploy-Test");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(
            @"Deploy-Test\n├─ Pre-Deploy-Checks\n(│.*\n)+├─ Next-Version\n├─ Build-Production\n├─ Check-Build\n(│.*\n)*└─ Release\n"));
    }

    [Test]
    public async Task DeployTest_NoArtifact_RunsGatesBuildAndReleaseThenDeploysWhatItBuilt()
    {
        WritePipelineConfig();

        var result = await RunAsync("--target=Deploy-Test", "--hotfix", "--reason=urgent fix");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Match(
            @"(?s)\nPre-Deploy-Checks\n.*\nNext-Version\n.*\nBuild-Production\n.*\nCheck-Build\n.*\nTag\n.*\nDeploy-Test\n"), "in the pipeline's order");
        Assert.That(Sandbox.OriginGit("tag", "--list"), Does.Contain("v1.0.0"), "released before the deploy");
        var deployed = LedgerQueries.History(await LedgerAsync(), "test").Single(record => record.Outcome == DeploymentOutcome.Deployed);
        Assert.That(deployed.Version, Is.EqualTo("1.0.0"));
        Assert.That(File.ReadAllText(Path.Combine(Root("test"), "current", "index.html")), Does.Contain("built by the pipeline"));
        Assert.That(deployed.Gates.Select(gate => (gate.Gate, gate.Verdict)), Does.Contain(("Check-Tests", Verdict.Pass))
            .And.Contain(("Check-Review", Verdict.Waived)).And.Contain(("Check-Build", Verdict.Pass)));
        Assert.That(deployed.Waivers, Is.EqualTo(new[] { new Waiver("Check-Review", "hotfix: urgent fix") }));
    }

    [Test]
    public async Task DeployTest_DryRunWithoutArtifact_WalksThePipelineAndChangesNothing()
    {
        WritePipelineConfig();
        var head = Sandbox.Head;

        var result = await RunAsync("--target=Deploy-Test", "--dryrun", "--hotfix", "--reason=dry run");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("Would deploy to test the artifact Build-Production makes in a real run"));
        Assert.That(Sandbox.OriginGit("tag", "--list"), Is.Empty);
        Assert.That(OriginRefs(), Does.Not.Contain("refs/liftoff/"));
        Assert.That(Sandbox.Head, Is.EqualTo(head), "no release commit");
        Assert.That(Directory.Exists(Root("test")), Is.False);
    }

    [Test]
    public async Task DeployTest_WithArtifact_SkipsGatesBuildAndReleaseWithTheArgumentAsReason()
    {
        var manifest = await ArtifactAsync("1.0.0");

        var result = await RunAsync("--target=Deploy-Test", $"--artifact={manifest}");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        foreach (var task in new[] { "Check-Tests", "Check-Review", "Pre-Deploy-Checks", "Next-Version", "Build-Production", "Check-Build", "Tag", "Release" })
        {
            Assert.That(result.Output, Does.Contain($"Skipping task '{task}': --artifact={manifest}: promoting an artifact built in an earlier run"));
        }

        Assert.That(Sandbox.OriginGit("tag", "--list"), Is.Empty, "nothing released");
        var deployed = LedgerQueries.History(await LedgerAsync(), "test").Single(record => record.Outcome == DeploymentOutcome.Deployed);
        Assert.That(deployed.Gates, Is.Empty);
    }

    // Every gate but the tests and the review is off; the tests write one passing JUnit case, the build one page.
    private void WritePipelineConfig()
    {
        Sandbox.WriteFile(".gitignore", "artifacts/\nout/\n");
        Sandbox.WriteFile("liftoff.json", $$"""
            {
              "gates": {
                "tests": { "command": "mkdir -p {results} && echo '<testsuite><testcase name=\"ok\"/></testsuite>' > {results}/junit.xml" },
                "security": { "enabled": false }, "branch": { "enabled": false }, "backlog": { "enabled": false }
              },
              "build": { "commands": ["mkdir -p {output} && echo '<p>built by the pipeline</p>' > {output}/index.html"], "output": "out/site" },
              "environments": { "test": { "target": { "type": "releasesDirectory", "settings": { "root": "{{Root("test")}}" } } } }
            }
            """);
        Sandbox.Commit("chore: the pipeline's configuration");
        Sandbox.Push();
    }
}
