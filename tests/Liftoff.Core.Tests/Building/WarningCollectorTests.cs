using Liftoff.Building;
using Liftoff.Diagnostics;

namespace Liftoff.Core.Tests.Building;

public sealed class WarningCollectorTests
{
    // The shape `dotnet publish` prints with the classic console logger: each warning inline, then again in the summary.
    private const string MsBuildOutput = """
          Determining projects to restore...
        /repo/src/App/Program.cs(3,17): warning CS0168: The variable 'x' is declared but never used [/repo/src/App/App.csproj]
          App -> /repo/src/App/bin/Release/net10.0/App.dll
        /repo/src/App/App.csproj : warning NU1603: App depends on Foo (>= 1.0.0) but Foo 1.0.0 was not found. [/repo/src/App/App.csproj]
        CSC : warning CS8785: Generator 'X' failed to generate source. [/repo/src/App/App.csproj]

        Build succeeded.

        /repo/src/App/Program.cs(3,17): warning CS0168: The variable 'x' is declared but never used [/repo/src/App/App.csproj]
        /repo/src/App/App.csproj : warning NU1603: App depends on Foo (>= 1.0.0) but Foo 1.0.0 was not found. [/repo/src/App/App.csproj]
        CSC : warning CS8785: Generator 'X' failed to generate source. [/repo/src/App/App.csproj]
            3 Warning(s)
            0 Error(s)
        """;

    [Test]
    public void Collect_MsBuildOutput_ReadsEachWarningOnceWithItsCode()
    {
        var warnings = new WarningCollector("").Collect(MsBuildOutput);

        Assert.That(warnings.Select(w => w.Code), Is.EqualTo(new[] { "CS0168", "NU1603", "CS8785" }));
        Assert.That(warnings[0].Text, Is.EqualTo("/repo/src/App/Program.cs(3,17): warning CS0168: The variable 'x' is declared but never used"));
        Assert.That(warnings.Select(w => w.Source), Is.All.EqualTo(BuildWarning.MsBuild));
    }

    [TestCase("    0 Warning(s)")]
    [TestCase("Build succeeded with 0 warnings")]
    [TestCase("/repo/src/App/Program.cs(3,17): error CS1002: ; expected [/repo/App.csproj]")]
    [TestCase("npm warn deprecated inflight@1.0.6")]
    public void Collect_LinesThatAreNotMsBuildWarnings_AreIgnoredWithoutAPattern(string line)
    {
        Assert.That(new WarningCollector(null).Collect(line), Is.Empty);
    }

    [Test]
    public void Collect_CustomPattern_CountsMatchingLinesOnce()
    {
        const string output = "vite v5.0.0 building for production...\n(!) Some chunks are larger than 500 kB\n(!) Some chunks are larger than 500 kB\nnpm warn deprecated glob@7\n✓ built in 1.2s\n";

        var warnings = new WarningCollector(@"^\(!\)|^npm warn").Collect(output);

        Assert.That(warnings.Select(w => w.Text), Is.EqualTo(new[] { "(!) Some chunks are larger than 500 kB", "npm warn deprecated glob@7" }));
        Assert.That(warnings.Select(w => w.Source), Is.All.EqualTo(BuildWarning.Pattern));
    }

    [Test]
    public void Constructor_InvalidPattern_NamesTheSetting()
    {
        var error = Assert.Throws<LiftoffException>(() => _ = new WarningCollector("(unclosed"));

        Assert.That(error!.Code, Is.EqualTo(DiagnosticCodes.BuildWarningPatternInvalid));
        Assert.That(error.Message, Does.Contain("build.warningPattern"));
    }
}
