using Liftoff.Artifacts;
using Liftoff.Building;
using Liftoff.Core.Tests.Artifacts;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Building;

public sealed class ProductionBuilderTests
{
    [Test]
    public async Task BuildAsync_StaticSite_WritesOneArchiveAndAManifestThatRoundTrips()
    {
        // Given
        using var site = StaticSite.Create();

        // When
        var result = await StaticSite.BuildAsync(site);

        // Then
        var opened = await ArtifactReader.OpenAsync(site.Combine("artifacts", "manifest.json"));
        using var target = TempDirectory.Create("extract");
        await ArtifactExtractor.ExtractAsync(opened, target.Combine("out"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Artifact.ArchivePath, Is.EqualTo(site.Combine("artifacts", "site-1.5.0.tar.gz")));
            Assert.That(Directory.GetFiles(site.Combine("artifacts"), "*.tar.gz"), Has.Length.EqualTo(1));
            Assert.That(opened.Manifest.Files.Select(f => f.Path), Is.EqualTo(new[]
            {
                ".well-known/liftoff.json", "css/site.css", "index.html", "js/app.js", "js/app.js.map",
            }));
            Assert.That(opened.Manifest.Commit, Is.EqualTo(StaticSite.Commit));
            Assert.That(File.ReadAllText(target.Combine("out", "js", "app.js")), Is.EqualTo("console.log('hello');\n"));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public async Task BuildAsync_SameCommitTwice_GivesTheSameChecksums()
    {
        using var site = StaticSite.Create();

        var first = await StaticSite.BuildAsync(site);
        await Task.Delay(1100); // a later mtime on every copied file must not change anything
        var second = await StaticSite.BuildAsync(site);

        Assert.Multiple(() =>
        {
            Assert.That(second.Artifact.Manifest.Files, Is.EqualTo(first.Artifact.Manifest.Files));
            Assert.That(second.Artifact.Manifest.ContentSha256, Is.EqualTo(first.Artifact.Manifest.ContentSha256));
            Assert.That(second.Artifact.Manifest.Archive.Sha256, Is.EqualTo(first.Artifact.Manifest.Archive.Sha256));
        });
    }

    [Test]
    public async Task BuildAsync_Commands_RunWithAProductionEnvironmentAndAnEmptiedAbsoluteOutput()
    {
        using var site = StaticSite.Create();
        site.WriteFile("artifacts/publish/stale.txt", "from an earlier build");

        var result = await StaticSite.BuildAsync(site,
            "printf '%s %s %s|%s' \"$NODE_ENV\" \"$DOTNET_ENVIRONMENT\" \"$ASPNETCORE_ENVIRONMENT\" {output} > {output}/env.txt");

        Assert.That(result.Artifact.Manifest.Files.Select(f => f.Path), Is.EqualTo(new[] { ".well-known/liftoff.json", "env.txt" }));
        Assert.That(File.ReadAllText(site.Combine("artifacts", "publish", "env.txt")),
            Is.EqualTo($"production Production Production|{site.Combine("artifacts", "publish")}"));
    }

    [Test]
    public void BuildAsync_CommandFails_ThrowsWithTheExitCodeAndOutput()
    {
        using var site = StaticSite.Create();

        var error = Assert.ThrowsAsync<LiftoffException>(() => StaticSite.BuildAsync(site, "echo 'npm ERR! missing script: build'; exit 3"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildCommandFailed));
        Assert.That(error.Message, Does.Contain("exited with 3").And.Contain("npm ERR! missing script: build"));
        Assert.That(Directory.Exists(site.Combine("artifacts")) && Directory.GetFiles(site.Combine("artifacts"), "*.tar.gz").Length > 0, Is.False);
    }

    [Test]
    public void BuildAsync_NothingWritten_Throws()
    {
        using var site = StaticSite.Create();

        var error = Assert.ThrowsAsync<LiftoffException>(() => StaticSite.BuildAsync(site, "true"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildOutputEmpty));
    }

    [Test]
    public void BuildAsync_CommandOutlivesItsTimeout_IsKilled()
    {
        using var site = StaticSite.Create();
        var request = StaticSite.Request(site, "sleep 30") with { Timeout = TimeSpan.FromMilliseconds(300) };

        var error = Assert.ThrowsAsync<LiftoffException>(() => new ProductionBuilder(TimeProvider.System).BuildAsync(request));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildCommandTimedOut));
    }

    [TestCase("..")]
    [TestCase(".")]
    [TestCase("/tmp")]
    public void BuildAsync_OutputNotStrictlyInsideTheWorkingFolder_IsRefusedBeforeAnythingIsEmptied(string output)
    {
        using var site = StaticSite.Create();
        var request = StaticSite.Request(site) with { OutputDirectory = output };

        var error = Assert.ThrowsAsync<LiftoffException>(() => new ProductionBuilder(TimeProvider.System).BuildAsync(request));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildOutputInvalid));
        Assert.That(File.Exists(site.Combine("src", "index.html")), Is.True);
    }

    [Test]
    public void BuildAsync_ArtifactsInsideTheOutput_IsRefused()
    {
        using var site = StaticSite.Create();
        var request = StaticSite.Request(site) with { OutputDirectory = "dist", ArtifactsDirectory = "dist/artifacts" };

        var error = Assert.ThrowsAsync<LiftoffException>(() => new ProductionBuilder(TimeProvider.System).BuildAsync(request));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildOutputInvalid));
    }

    [Test]
    public async Task BuildAsync_ToolPrintsWarnings_TheyAreCollected()
    {
        using var site = StaticSite.Create();
        var request = StaticSite.Request(site,
            "mkdir -p {output} && cp -r src/* {output}/",
            "echo 'Program.cs(3,17): warning CS0168: The variable x is declared but never used [/repo/App.csproj]'",
            "echo 'WARNING in asset size limit: app.js (300 KiB)' >&2") with { WarningPattern = "^WARNING in " };

        var result = await new ProductionBuilder(ManualTime.At2026()).BuildAsync(request);

        Assert.That(result.Warnings.Select(w => (w.Source, w.Code)), Is.EqualTo(new[]
        {
            (BuildWarning.MsBuild, "CS0168"), (BuildWarning.Pattern, ""),
        }));
    }
}
