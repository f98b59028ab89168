using System.Text.Json;

namespace Liftoff.EndToEnd.Tests;

/// <summary>
/// Each extension point through the packaged library: a repository made from the template, plus the code in
/// Consumer/ (a gate, a task before Deploy-Production, a deploy target registered through DI, a typed context) and a
/// liftoff.json that switches Liftoff's own gates off with <c>stages</c>. The consumer's build compiles that code
/// against the nupkgs, so a public API the packages lack fails here.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class ExtensionPointTests
{
    private ConsumerRepository _repository = null!;

    [OneTimeSetUp]
    public async Task CreateConsumerWithExtensionsAsync()
    {
        _repository = await ConsumerRepository.CreateAsync();
        foreach (var file in new[] { "Program.cs", "BuildContext.cs", "FolderTarget.cs", "Tasks/CheckLicenceTask.cs", "Tasks/AnnounceDeployTask.cs" })
        {
            _repository.AddFromConsumerFolder(file, "build/" + file);
        }

        _repository.AddFromConsumerFolder("liftoff.json", "liftoff.json");
        _repository.Git.WriteFile(".gitignore", "bin/\nobj/\nartifacts/\nserved/\n");
        _repository.Git.Commit("feat: release pipeline with Liftoff");
        _repository.Git.Push();
    }

    [OneTimeTearDown]
    public void Delete() => _repository?.Dispose();

    [Test, Order(1)]
    public async Task CustomGate_PreDeployChecks_ShowsItsVerdictAndStopsTheRunOnItsFail()
    {
        var failing = await _repository.BuildShAsync("--target=Pre-Deploy-Checks");
        _repository.Git.WriteFile("LICENSE", "MIT\n");
        var passing = await _repository.BuildShAsync("--target=Pre-Deploy-Checks");
        File.Delete(Path.Combine(_repository.Path, "LICENSE"));

        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(failing.StdOut, Does.Match(@"Check-Licence\s+✗ Fail\s+no LICENSE\s+add a LICENSE file"));
        Assert.That(failing.StdOut + failing.StdErr, Does.Contain("1 gate(s) failed: Check-Licence: no LICENSE"));
        Assert.That(passing.ExitCode, Is.Zero, passing.ToString());
        Assert.That(passing.StdOut, Does.Match(@"Check-Licence\s+✓ Pass\s+LICENSE present"));
    }

    [Test]
    public async Task StagesSwitchedOff_LiftoffsOwnGatesAreSkippedWithTheSettingAsReason()
    {
        var result = await _repository.BuildShAsync("--target=Pre-Deploy-Checks");

        foreach (var gate in new[] { "Check-Tests", "Check-Review", "Check-Security", "Check-Branch", "Check-Backlog" })
        {
            Assert.That(result.StdOut, Does.Match($@"Skipping task '{gate}': switched off in configuration: stages\.{gate} is false \(file liftoff\.json:\d+\)"));
        }

        Assert.That(result.StdOut, Does.Not.Match(@"Check-Tests\s+✓"), "a switched-off gate never runs");
    }

    [Test]
    public async Task TaskBeforeDeployProduction_RunsFirstWithTheTypedContext()
    {
        var tree = await _repository.BuildShAsync("--tree", "--target=Deploy-Production");
        var run = await _repository.BuildShAsync("--target=Deploy-Production", "--channel=beta", "--artifact=artifacts/missing/manifest.json");

        Assert.That(tree.ExitCode, Is.Zero, tree.ToString());
        Assert.That(tree.StdOut, Does.Match(@"Deploy-Production\s*\n├─ Announce-Deploy"));
        var announced = run.StdOut.IndexOf("Announce-Deploy: production, beta channel, 2 environments", StringComparison.Ordinal);
        Assert.That(announced, Is.GreaterThanOrEqualTo(0), run.ToString());
        Assert.That(run.StdOut.IndexOf("\nDeploy-Production\n", StringComparison.Ordinal), Is.GreaterThan(announced), "Deploy-Production starts after it");
        Assert.That(run.ExitCode, Is.Not.Zero, "the artifact named does not exist, so the deploy itself refuses");
        Assert.That(run.StdOut + run.StdErr, Does.Contain("artifacts/missing/manifest.json"));
    }

    [Test]
    public async Task CustomDeployTarget_RegisteredThroughDependencyInjection_DeploysTheBuiltArtifact()
    {
        var build = await _repository.BuildShAsync("--target=Build-Production");
        var deploy = await _repository.BuildShAsync("--target=Deploy-Test", "--artifact=artifacts/manifest.json");

        Assert.That(build.ExitCode, Is.Zero, build.ToString());
        Assert.That(deploy.ExitCode, Is.Zero, deploy.ToString());
        var served = File.ReadAllText(Path.Combine(_repository.Path, "served", "test", "served.txt"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_repository.Path, "artifacts", "manifest.json")));
        Assert.That(manifest.RootElement.GetProperty("version").GetString(), Is.EqualTo(served));
        Assert.That(File.ReadAllText(Path.Combine(_repository.Path, "served", "test", served, "index.html")), Does.Contain("hello"));
        Assert.That(_repository.Git.OriginGit("for-each-ref", "--format=%(refname)"), Does.Contain("refs/liftoff/ledger"),
            "recorded in the ledger like any deploy");
    }
}
