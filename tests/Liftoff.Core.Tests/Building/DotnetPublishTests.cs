using Liftoff.Building;
using Liftoff.Configuration;
using Liftoff.Core.Tests.Artifacts;
using Liftoff.Gates;

namespace Liftoff.Core.Tests.Building;

/// <summary>A real <c>dotnet publish</c> of a tiny console app with one compiler warning; needs only the SDK.</summary>
[Category("Slow")]
public sealed class DotnetPublishTests
{
    [Test]
    public async Task BuildAsync_DotnetPublish_PacksTheAppAndReadsItsWarningOnce()
    {
        // Given
        using var site = Liftoff.TestSupport.TempDirectory.Create("dotnet-app");
        site.WriteFile("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        site.WriteFile("Program.cs", "int unused;\nSystem.Console.WriteLine(\"hello\");\n");
        var request = StaticSite.Request(site, "dotnet publish App.csproj -c Release -o {output}") with
        {
            Name = "app", Timeout = TimeSpan.FromMinutes(5),
        };

        // When
        var build = await new ProductionBuilder(ManualTime.At2026()).BuildAsync(request);
        var strict = await BuildChecker.EvaluateAsync(build.Artifact, build.Warnings, new BuildOptions());
        var lenient = await BuildChecker.EvaluateAsync(build.Artifact, build.Warnings, new BuildOptions { MaxWarnings = -1 });

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(build.Artifact.Manifest.Files.Select(f => f.Path), Does.Contain("App.dll").And.Contain("App.runtimeconfig.json"));
            Assert.That(build.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "CS0168" }), string.Join("\n", build.Commands.Select(c => c.Output)));
            Assert.That(strict.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(strict.Reason, Does.Contain("warning CS0168"));
            Assert.That(lenient.Verdict, Is.EqualTo(Verdict.Pass), lenient.Reason);
            Assert.That(lenient.Measured, Does.EndWith("1 warning · source maps skipped"));
        });
    }
}
