using System.Xml.Linq;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Tests;

/// <summary>
/// A tiny .NET repository in a temp folder, outside this repository so its central package versions do not apply:
/// the versions are copied from Directory.Packages.props, which are the ones restorable here.
/// </summary>
internal static class DotnetSandbox
{
    public static string Version(string package) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == package)
            .Attribute("Version")!.Value;

    /// <summary>An NUnit project with one passing and one failing test, in a .slnx.</summary>
    public static void WriteNUnitSolution(TempDirectory folder)
    {
        folder.WriteFile("Sandbox.slnx", """<Solution><Project Path="Sandbox.Tests/Sandbox.Tests.csproj" /></Solution>""");
        folder.WriteFile("Sandbox.Tests/Sandbox.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>false</IsPackable></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{Version("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit" Version="{Version("NUnit")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{Version("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        folder.WriteFile("Sandbox.Tests/CartTests.cs", """
            using NUnit.Framework;

            public class CartTests
            {
                [Test] public void Adds() => Assert.That(1 + 1, Is.EqualTo(2));
                [Test] public void Totals() => Assert.That(1 + 2, Is.EqualTo(4));
            }
            """);
    }

    /// <summary>A class library referencing Newtonsoft.Json 12.0.1, which GHSA-5crp-9r3c-p9vr affects.</summary>
    public static void WriteVulnerableProject(TempDirectory folder) =>
        folder.WriteFile("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><NuGetAudit>false</NuGetAudit></PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="12.0.1" /></ItemGroup>
            </Project>
            """);
}
