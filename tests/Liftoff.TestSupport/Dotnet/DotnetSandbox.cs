using System.Xml.Linq;

namespace Liftoff.TestSupport.Dotnet;

/// <summary>
/// A tiny .NET repository written into a folder outside this repository, so its central package versions do not
/// apply: the versions are copied from Directory.Packages.props, which are the ones restorable here.
/// </summary>
public static class DotnetSandbox
{
    /// <summary>The version this repository pins for <paramref name="package"/>.</summary>
    public static string Version(string package) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == package)
            .Attribute("Version")!.Value;

    /// <summary>
    /// An NUnit project in a .slnx with two tests, <c>Adds</c> and <c>Totals</c>; <c>Totals</c> fails unless
    /// <paramref name="failing"/> is false. The test file is <see cref="TestFile"/>.
    /// </summary>
    public static void WriteNUnitSolution(string directory, bool failing = true)
    {
        Write(directory, "Sandbox.slnx", """<Solution><Project Path="Sandbox.Tests/Sandbox.Tests.csproj" /></Solution>""");
        Write(directory, "Sandbox.Tests/Sandbox.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>false</IsPackable></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{Version("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit" Version="{Version("NUnit")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{Version("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        Write(directory, TestFile, $$"""
            using NUnit.Framework;

            public class CartTests
            {
                [Test] public void Adds() => Assert.That(1 + 1, Is.EqualTo(2));
                [Test] public void Totals() => Assert.That(1 + 2, Is.EqualTo({{(failing ? 4 : 3)}}));
            }
            """);
    }

    /// <summary>The test file of <see cref="WriteNUnitSolution"/>, relative to its folder.</summary>
    public const string TestFile = "Sandbox.Tests/CartTests.cs";

    /// <summary>A class library referencing Newtonsoft.Json 12.0.1, which GHSA-5crp-9r3c-p9vr affects.</summary>
    public static void WriteVulnerableProject(string directory) =>
        Write(directory, "App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><NuGetAudit>false</NuGetAudit></PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="12.0.1" /></ItemGroup>
            </Project>
            """);

    private static void Write(string directory, string relativePath, string content)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
