using System.Xml.Linq;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;

namespace Liftoff.Cake.Tests.Gates;

/// <summary>The real <c>dotnet test</c> on a sandbox NUnit solution (.slnx) with one passing and one failing test.</summary>
[Category("Slow")]
public sealed class CheckTestsSandboxTests
{
    [Test]
    public async Task CheckTests_SandboxSolutionWithAFailingTest_ExitsNonZeroNamingTheFailedCount()
    {
        using var sandbox = TempDirectory.Create("nunit sandbox");
        sandbox.WriteFile("Sandbox.slnx", """<Solution><Project Path="Sandbox.Tests/Sandbox.Tests.csproj" /></Solution>""");
        sandbox.WriteFile("Sandbox.Tests/Sandbox.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{Version("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit" Version="{Version("NUnit")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{Version("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        sandbox.WriteFile("Sandbox.Tests/MathTests.cs", """
            using NUnit.Framework;
            public class MathTests
            {
                [Test] public void Adds() => Assert.That(1 + 1, Is.EqualTo(2));
                [Test] public void Breaks() => Assert.That(2 + 2, Is.EqualTo(5));
            }
            """);
        using var harness = new HostHarness();

        var result = await harness.RunAsync(host => host.UseLiftoffPipeline(), $"--working={sandbox.Path}", "--target=Check-Tests");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.TaskFailed), result.ToString());
        Assert.That(result.Output, Does.Contain("LIFTOFF1201: Check-Tests failed: 1/2 passed, 0 skipped: 1 test(s) failed"));
    }

    private static string Version(string package) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == package).Attribute("Version")!.Value;
}
