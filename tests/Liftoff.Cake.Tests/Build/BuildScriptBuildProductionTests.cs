using Liftoff.Artifacts;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Git;
using Liftoff.TestSupport.Processes;

namespace Liftoff.Cake.Tests.Build;

/// <summary>The must-show: <c>./build.sh --target=Build-Production --working=&lt;sandbox&gt;</c> as a child process.</summary>
[Category("Slow")]
[NonParallelizable]
public sealed class BuildScriptBuildProductionTests
{
    [Test]
    public async Task BuildSh_BuildProductionOnASandbox_LeavesOneArchiveAndAManifestWhoseChecksumsVerify()
    {
        // Given
        using var sandbox = GitSandbox.Create();
        sandbox.WriteFile("src/index.html", "<!doctype html><title>site</title>\n");
        sandbox.WriteFile("src/css/site.css", "body { margin: 0 }\n");
        sandbox.WriteFile("liftoff.json", """{ "build": { "name": "site", "output": "dist", "commands": ["mkdir -p {output}", "cp -r src/* {output}/"] } }""");
        sandbox.Commit("feat: site");
        sandbox.Tag("v1.5.0");

        // When
        var result = await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"),
            ["--target=Build-Production", $"--working={sandbox.Path}"],
            environment: sandbox.Environment,
            timeout: TimeSpan.FromMinutes(5));

        // Then
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var artifacts = Path.Combine(sandbox.Path, "artifacts");
        Assert.That(Directory.GetFiles(artifacts, "*.tar.gz").Select(Path.GetFileName), Is.EqualTo(new[] { "site-1.5.0.tar.gz" }));
        var artifact = await ArtifactReader.OpenAsync(Path.Combine(artifacts, "manifest.json"));
        using var target = TempDirectory.Create("verify");
        await ArtifactExtractor.ExtractAsync(artifact, target.Combine("site"));
        Assert.That(artifact.Manifest.Files.Select(f => f.Path), Is.EqualTo(new[] { ".well-known/liftoff.json", "css/site.css", "index.html" }));
        Assert.That(artifact.Manifest.Commit, Is.EqualTo(sandbox.Head));
    }
}
