using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.Build;

public sealed class BuildProductionTaskTests : BuildProductionFixture
{
    [Test]
    public async Task BuildProduction_StaticSite_LeavesOneArchiveAndAManifestThatVerifies()
    {
        var result = await RunAsync("--target=Build-Production");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var artifacts = Path.Combine(Sandbox.Path, "artifacts");
        Assert.That(Directory.GetFiles(artifacts).Select(Path.GetFileName), Is.EquivalentTo(new[] { "site-1.4.0.tar.gz", "manifest.json" }));
        var artifact = await ArtifactReader.OpenAsync(Path.Combine(artifacts, "manifest.json"));
        Assert.That(artifact.Manifest.Commit, Is.EqualTo(Sandbox.Head));
        Assert.That(result.Output, Does.Contain("Build: artifact site-1.4.0.tar.gz · 4 file(s)").And.Contain("0 warning(s)"));
    }

    [Test]
    public async Task BuildProduction_VersionArgument_NamesTheArtifact()
    {
        var result = await RunAsync("--target=Build-Production", "--version=2.0.0-rc.1");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Path.Combine(Sandbox.Path, "artifacts", "site-2.0.0-rc.1.tar.gz")), Is.True);
    }

    [Test]
    public async Task BuildProduction_DryRun_PrintsTheCommandsAndArtifactAndWritesNothing()
    {
        var result = await RunAsync("--target=Build-Production", "--dryrun");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain($"/bin/sh -c cp -r src/* {Path.Combine(Sandbox.Path, "dist")}/"));
        Assert.That(result.Output, Does.Contain("Would write " + Path.Combine(Sandbox.Path, "artifacts", "site-1.4.0.tar.gz")));
        Assert.That(Directory.Exists(Path.Combine(Sandbox.Path, "artifacts")), Is.False);
        Assert.That(Directory.Exists(Path.Combine(Sandbox.Path, "dist")), Is.False);
    }

    [Test]
    public async Task BuildProduction_CommandFails_ExitsNonZeroWithTheCode()
    {
        WriteConfig("""{ "commands": ["echo broken >&2; exit 4"], "output": "dist" }""");

        var result = await RunAsync("--target=Build-Production");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain(DiagnosticCodes.BuildCommandFailed).And.Contain("broken"));
    }
}
