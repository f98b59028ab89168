using Liftoff.Building;
using Liftoff.Configuration;
using Liftoff.Gates;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Building;

public sealed class BuildCheckerTests
{
    [Test]
    public async Task EvaluateAsync_SiteWithinBudgetsWithMaps_PassesWithTheMeasuredLine()
    {
        using var site = StaticSite.Create();
        var build = await StaticSite.BuildAsync(site);

        var result = await BuildChecker.EvaluateAsync(build.Artifact, build.Warnings, new BuildOptions { BudgetKilobytes = 500 });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.Reason);
        Assert.That(result.Measured, Does.Match(@"^\d+ B \(budget 500 KB\) · \d+ B gzip · 0 warnings · source maps ✓$"));
        Assert.That(result.Values["artifact"], Is.EqualTo("site-1.5.0.tar.gz"));
    }

    [Test]
    public async Task EvaluateAsync_TotalOverRawBudget_Fails()
    {
        using var site = StaticSite.Create();
        site.WriteFile("src/data.txt", new string('a', 40 * 1024));
        var build = await StaticSite.BuildAsync(site);

        var raw = await Check(build, new BuildOptions { BudgetKilobytes = 30 });
        var gzipOnly = await Check(build, new BuildOptions { GzipBudgetKilobytes = 30 });

        Assert.That(raw.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(raw.Reason, Does.Contain("over its budget of 30 KB (build.budgetKilobytes)"));
        Assert.That(raw.Measured, Does.StartWith("40.").And.Contain("KB (budget 30 KB)"));
        Assert.That(gzipOnly.Verdict, Is.EqualTo(Verdict.Pass), "40 KB of one letter gzips to almost nothing");
    }

    [Test]
    public async Task EvaluateAsync_TotalOverGzipBudget_Fails()
    {
        using var site = StaticSite.Create();
        site.WriteFile("src/noise.txt", Noise(20 * 1024));
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions { BudgetKilobytes = 100, GzipBudgetKilobytes = 10 });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("the artifact gzipped is").And.Contain("(build.gzipBudgetKilobytes)"));
        Assert.That(result.Reason, Does.Not.Contain("(build.budgetKilobytes)"));
    }

    [Test]
    public async Task EvaluateAsync_GlobOverBudget_FailsNamingTheGlobRawAndGzip()
    {
        using var site = StaticSite.Create();
        site.WriteFile("src/js/vendor.js", "//# sourceMappingURL=vendor.js.map\n" + Noise(12 * 1024));
        var build = await StaticSite.BuildAsync(site);
        var budgets = new List<BuildBudgetOptions>
        {
            new() { Glob = "js/**/*.js", Kilobytes = 8 },
            new() { Glob = "**/*.js", GzipKilobytes = 4 },
            new() { Glob = "*.css", Kilobytes = 1, GzipKilobytes = 1 },
        };

        var result = await Check(build, new BuildOptions { Budgets = budgets });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("'js/**/*.js' (2 file(s)) is").And.Contain("(build.budgets[0].kilobytes)"));
        Assert.That(result.Reason, Does.Contain("'**/*.js' (2 file(s)) gzipped is").And.Contain("(build.budgets[1].gzipKilobytes)"));
        Assert.That(result.Reason, Does.Not.Contain("budgets[2]"));
    }

    [Test]
    public async Task EvaluateAsync_OneWarning_FailsByDefaultAndPassesWhenAllowed()
    {
        using var site = StaticSite.Create();
        var build = await StaticSite.BuildAsync(site,
            "mkdir -p {output} && cp -r src/* {output}/",
            "echo 'Program.cs(3,17): warning CS0168: The variable x is declared but never used [/repo/App.csproj]'");

        var strict = await Check(build, new BuildOptions());
        var lenient = await Check(build, new BuildOptions { MaxWarnings = 1 });

        Assert.That(strict.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(strict.Measured, Does.Contain("1 warning ·"));
        Assert.That(strict.Reason, Does.Contain("more than build.maxWarnings (0)").And.Contain("warning CS0168"));
        Assert.That(lenient.Verdict, Is.EqualTo(Verdict.Pass), lenient.Reason);
    }

    [Test]
    public async Task EvaluateAsync_CustomWarningPattern_CountsTowardsTheLimit()
    {
        using var site = StaticSite.Create();
        var request = StaticSite.Request(site, "mkdir -p {output} && cp -r src/* {output}/", "echo 'WARNING in entrypoint size limit'")
            with { WarningPattern = "^WARNING in " };
        var build = await new ProductionBuilder(TimeProvider.System).BuildAsync(request);

        var result = await Check(build, new BuildOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("WARNING in entrypoint size limit"));
    }

    [Test]
    public async Task EvaluateAsync_ScriptWithoutSourceMap_Fails()
    {
        using var site = StaticSite.Create(withMap: false);
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Does.EndWith("source maps 0/1 ✗"));
        Assert.That(result.Reason, Does.Contain("js/app.js").And.Contain("no source map"));
    }

    [Test]
    public async Task EvaluateAsync_ScriptWithSourceMappingUrlComment_Passes()
    {
        using var site = StaticSite.Create(withMap: false);
        site.WriteFile("src/js/app.js", "console.log(1);\n//# sourceMappingURL=https://maps.example.com/app.js.map\n");
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.Reason);
    }

    [Test]
    public async Task EvaluateAsync_NoJavaScript_SourceMapsAreSkippedAndTheGatePasses()
    {
        using var site = StaticSite.Create(withJs: false);
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), result.Reason);
        Assert.That(result.Measured, Does.EndWith("source maps skipped"));
        Assert.That(result.Reason, Does.Contain("source maps skipped: no JavaScript in the artifact"));
    }

    [TestCase(SourceMapPolicy.Allow, Verdict.Pass, "source maps skipped")]
    [TestCase(SourceMapPolicy.Forbid, Verdict.Pass, "no source maps ✓")]
    public async Task EvaluateAsync_MissingMapUnderOtherPolicies_IsNotAFailure(SourceMapPolicy policy, Verdict verdict, string measured)
    {
        using var site = StaticSite.Create(withMap: false);
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions { SourceMaps = policy });

        Assert.That(result.Verdict, Is.EqualTo(verdict), result.Reason);
        Assert.That(result.Measured, Does.EndWith(measured));
    }

    [Test]
    public async Task EvaluateAsync_ForbidWithAMapShipped_Fails()
    {
        using var site = StaticSite.Create();
        var build = await StaticSite.BuildAsync(site);

        var result = await Check(build, new BuildOptions { SourceMaps = SourceMapPolicy.Forbid });

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Reason, Does.Contain("js/app.js.map"));
    }

    [Test]
    public async Task EvaluateAsync_ArchiveChangedAfterTheBuild_FailsOnTheManifest()
    {
        using var site = StaticSite.Create();
        var build = await StaticSite.BuildAsync(site);
        await File.AppendAllTextAsync(build.Artifact.ArchivePath, "tampered");

        var result = await Check(build, new BuildOptions());

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(result.Measured, Is.EqualTo("manifest ✗"));
        Assert.That(result.Reason, Does.Contain("LIFTOFF").And.Contain("sha256"));
    }

    private static Task<GateResult> Check(ProductionBuildResult build, BuildOptions options) =>
        BuildChecker.EvaluateAsync(build.Artifact, build.Warnings, options);

    // Incompressible text: gzip cannot shrink random bytes much, even base64-encoded.
    private static string Noise(int bytes)
    {
        var random = new Random(42);
        var data = new byte[bytes];
        random.NextBytes(data);
        return Convert.ToBase64String(data)[..bytes];
    }
}
