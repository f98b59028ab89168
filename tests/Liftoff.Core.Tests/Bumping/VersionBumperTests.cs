using System.Text;
using Liftoff.Bumping;
using Liftoff.Configuration;
using Liftoff.TestSupport;
using Semver;

namespace Liftoff.Core.Tests.Bumping;

public sealed class VersionBumperTests
{
    private static readonly SemVersion V150 = SemVersion.Parse("1.5.0");

    [Test]
    public async Task BumpAsync_CsprojVersion_ChangesOnlyTheValueAndKeepsBomAndCrlf()
    {
        using var repo = TempDirectory.Create("bump");
        var original = "<?xml version='1.0' encoding='utf-8'?>\r\n<Project Sdk=\"Microsoft.NET.Sdk\">\r\n  <!-- the version -->\r\n"
            + "  <PropertyGroup   Label='Package' >\r\n\t<Version>1.4.5</Version>\r\n    <Authors>ACME &amp; co</Authors>\r\n  </PropertyGroup>\r\n</Project>";
        var path = repo.Combine("src", "App", "App.csproj");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);

        var bumps = await new VersionBumper().BumpAsync(repo.Path, V150);

        var expected = original.Replace("1.4.5", "1.5.0", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.EqualTo(new[] { new VersionBump("src/App/App.csproj", "Version", "1.4.5", "1.5.0") }));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(expected))));
        });
    }

    [Test]
    public async Task BumpAsync_DirectoryBuildPropsVersionPrefix_GetsOnlyMajorMinorPatch()
    {
        using var repo = TempDirectory.Create("bump");
        const string original = "<Project>\n  <PropertyGroup>\n    <VersionPrefix>\n      1.4.5\n    </VersionPrefix>\n    <VersionSuffix>beta</VersionSuffix>\n  </PropertyGroup>\n</Project>\n";
        var path = repo.WriteFile("Directory.Build.props", original);

        var bumps = await new VersionBumper().BumpAsync(repo.Path, SemVersion.Parse("2.0.0-beta.1"));

        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.EqualTo(new[] { new VersionBump("Directory.Build.props", "VersionPrefix", "1.4.5", "2.0.0") }));
            Assert.That(File.ReadAllText(path), Is.EqualTo(original.Replace("1.4.5", "2.0.0", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task BumpAsync_ComputedEmptyOrNestedVersions_AreLeftAlone()
    {
        using var repo = TempDirectory.Create("bump");
        const string original = "<Project>\n  <PropertyGroup>\n    <Version>$(VersionPrefix)-ci</Version>\n    <VersionPrefix />\n  </PropertyGroup>\n"
            + "  <Target Name=\"X\">\n    <PropertyGroup><Version>9.9.9</Version></PropertyGroup>\n  </Target>\n</Project>\n";
        var path = repo.WriteFile("Lib.csproj", original);

        var bumps = await new VersionBumper().BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.Empty);
            Assert.That(File.ReadAllText(path), Is.EqualTo(original));
        });
    }

    [Test]
    public async Task BumpAsync_PackageJson_ChangesTopLevelVersionAndKeepsIndentation()
    {
        using var repo = TempDirectory.Create("bump");
        const string original = "{\n\t\"name\": \"site\",\n\t\"version\"  :   \"1.4.5\",\n\t\"dependencies\": {\n\t\t\"left-pad\": { \"version\": \"1.4.5\" }\n\t},\n\t\"files\": [ { \"version\": \"1.4.5\" } ]\n}\n";
        var path = repo.WriteFile("web/package.json", original);

        var bumps = await new VersionBumper().BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.EqualTo(new[] { new VersionBump("web/package.json", "$.version", "1.4.5", "1.5.0") }));
            Assert.That(File.ReadAllText(path), Is.EqualTo(original.Replace("\"version\"  :   \"1.4.5\"", "\"version\"  :   \"1.5.0\"", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task BumpAsync_BuildOutputAndDependencies_AreSkipped()
    {
        using var repo = TempDirectory.Create("bump");
        const string project = "<Project><PropertyGroup><Version>1.4.5</Version></PropertyGroup></Project>";
        string[] skipped = ["bin/Debug/App.csproj", "obj/App.csproj", "node_modules/x/package.json", ".git/package.json", "src/App/obj/Directory.Build.props"];
        foreach (var file in skipped)
        {
            repo.WriteFile(file, file.EndsWith(".json", StringComparison.Ordinal) ? "{\"version\":\"1.4.5\"}" : project);
        }

        repo.WriteFile("src/App/App.csproj", project);

        var bumps = await new VersionBumper().BumpAsync(repo.Path, V150);

        Assert.That(bumps.Select(bump => bump.Path), Is.EqualTo(new[] { "src/App/App.csproj" }));
    }

    [Test]
    public async Task BumpAsync_RegexFile_ReplacesEveryVersionGroup()
    {
        using var repo = TempDirectory.Create("bump");
        var path = repo.WriteFile("src/Version.cs", "// keep\nconst string Version = \"1.4.5\";\nconst string Other = \"1.4.5\";\n");
        var options = new BumpFileOptions { Path = "src/Version.cs", Kind = BumpFileKind.Regex, Pattern = "Version = \"(?<version>[^\"]+)\"" };

        var bumps = await new VersionBumper([options]).BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.EqualTo(new[] { new VersionBump("src/Version.cs", options.Pattern, "1.4.5", "1.5.0") }));
            Assert.That(File.ReadAllText(path), Is.EqualTo("// keep\nconst string Version = \"1.5.0\";\nconst string Other = \"1.4.5\";\n"));
        });
    }

    [Test]
    public async Task BumpAsync_JsonPathFile_ChangesTheNestedValueOnly()
    {
        using var repo = TempDirectory.Create("bump");
        const string original = "{\n    // tools\n    \"version\": \"0.0.1\",\n    \"tool\": {\n        \"name\": \"x\",\n        \"version\": \"1.4.5\"\n    },\n}\n";
        var path = repo.WriteFile("tool.json", original);
        var options = new BumpFileOptions { Path = "tool.json", Kind = BumpFileKind.JsonPath, Pattern = "$.tool.version" };

        var bumps = await new VersionBumper([options]).BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(bumps, Is.EqualTo(new[] { new VersionBump("tool.json", "$.tool.version", "1.4.5", "1.5.0") }));
            Assert.That(File.ReadAllText(path), Is.EqualTo(original.Replace("1.4.5", "1.5.0", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task BumpAsync_XmlPathFile_ChangesElementTextAndAttribute()
    {
        using var repo = TempDirectory.Create("bump");
        const string original = "<manifest  version = '1.4.5'>\n  <app>\n    <version>1.4.5</version>\n  </app>\n  <other version=\"1.4.5\"/>\n</manifest>\n";
        var path = repo.WriteFile("app.manifest.xml", original);
        BumpFileOptions[] options =
        [
            new() { Path = "app.manifest.xml", Kind = BumpFileKind.XmlPath, Pattern = "/manifest/app/version" },
            new() { Path = "app.manifest.xml", Kind = BumpFileKind.XmlPath, Pattern = "/manifest/@version" },
        ];

        var bumps = await new VersionBumper(options).BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(bumps.Select(bump => bump.Location), Is.EqualTo(new[] { "/manifest/@version", "/manifest/app/version" }));
            Assert.That(File.ReadAllText(path), Is.EqualTo(
                "<manifest  version = '1.5.0'>\n  <app>\n    <version>1.5.0</version>\n  </app>\n  <other version=\"1.4.5\"/>\n</manifest>\n"));
        });
    }

    [Test]
    public async Task BumpAsync_DryRun_ListsTheSameChangesAndWritesNothing()
    {
        using var repo = TempDirectory.Create("bump");
        repo.WriteFile("App.csproj", "<Project><PropertyGroup><Version>1.4.5</Version></PropertyGroup></Project>");
        repo.WriteFile("package.json", "{ \"version\": \"1.4.5\" }");
        repo.WriteFile("VERSION", "1.4.5\n");
        var options = new BumpFileOptions { Path = "VERSION", Pattern = "^(?<version>.+)$" };
        var before = Snapshot(repo.Path);

        var planned = await new VersionBumper([options]).BumpAsync(repo.Path, V150, dryRun: true);
        var after = Snapshot(repo.Path);
        var done = await new VersionBumper([options]).BumpAsync(repo.Path, V150);

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(before));
            Assert.That(planned, Has.Count.EqualTo(3));
            Assert.That(planned, Is.EqualTo(done));
        });
    }

    [Test]
    public async Task BumpAsync_AlreadyAtTheVersion_ListsNothing()
    {
        using var repo = TempDirectory.Create("bump");
        repo.WriteFile("App.csproj", "<Project><PropertyGroup><Version>1.5.0</Version></PropertyGroup></Project>");
        repo.WriteFile("VERSION", "1.5.0");

        var bumps = await new VersionBumper([new BumpFileOptions { Path = "VERSION", Pattern = "(?<version>.+)" }]).BumpAsync(repo.Path, V150);

        Assert.That(bumps, Is.Empty);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(file => file, file => Convert.ToHexString(File.ReadAllBytes(file)) + File.GetLastWriteTimeUtc(file).Ticks);
}
