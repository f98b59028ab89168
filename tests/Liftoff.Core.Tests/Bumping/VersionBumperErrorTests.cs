using Liftoff.Bumping;
using Liftoff.Configuration;
using Liftoff.Diagnostics;
using Liftoff.TestSupport;
using Semver;

namespace Liftoff.Core.Tests.Bumping;

public sealed class VersionBumperErrorTests
{
    private static readonly SemVersion V150 = SemVersion.Parse("1.5.0");

    [Test]
    public void BumpAsync_MissingConfiguredFile_NamesFileKindAndPattern()
    {
        using var repo = TempDirectory.Create("bump");
        var options = new BumpFileOptions { Path = "src/version.txt", Kind = BumpFileKind.Regex, Pattern = "v(?<version>\\S+)" };

        var exception = Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Message, Is.EqualTo("LIFTOFF0710: Bump file 'src/version.txt' does not exist (kind Regex, pattern 'v(?<version>\\S+)')."));
            Assert.That(exception.ExitCode, Is.EqualTo(ExitCodes.ConfigurationInvalid));
        });
    }

    [TestCase(BumpFileKind.Regex, "Version: (?<version>\\S+)", "Name: x\n")]
    [TestCase(BumpFileKind.JsonPath, "$.tool.version", "{ \"tool\": { \"name\": \"x\" }, \"version\": \"1.0.0\" }")]
    [TestCase(BumpFileKind.XmlPath, "/root/version", "<root><name>x</name></root>")]
    public void BumpAsync_PatternMatchesNothing_NamesFileKindAndPattern(BumpFileKind kind, string pattern, string content)
    {
        using var repo = TempDirectory.Create("bump");
        repo.WriteFile("extra.file", content);
        var options = new BumpFileOptions { Path = "extra.file", Kind = kind, Pattern = pattern };

        var exception = Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.That(exception!.Message, Is.EqualTo($"LIFTOFF0711: Bump file 'extra.file' has no match (kind {kind}, pattern '{pattern}')."));
    }

    [Test]
    public void BumpAsync_RegexWithoutVersionGroup_IsAnInvalidPattern()
    {
        using var repo = TempDirectory.Create("bump");
        repo.WriteFile("VERSION", "1.4.5");
        var options = new BumpFileOptions { Path = "VERSION", Pattern = "\\d+\\.\\d+\\.\\d+" };

        var exception = Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.That(exception!.Message, Is.EqualTo(
            "LIFTOFF0712: Bump file 'VERSION' has an invalid pattern (kind Regex, pattern '\\d+\\.\\d+\\.\\d+'): it has no group named 'version', as in (?<version>\\d+\\.\\d+\\.\\d+)."));
    }

    [Test]
    public void BumpAsync_JsonValueNotAString_IsNotEditable()
    {
        using var repo = TempDirectory.Create("bump");
        repo.WriteFile("v.json", "{ \"version\": 3 }");
        var options = new BumpFileOptions { Path = "v.json", Kind = BumpFileKind.JsonPath, Pattern = "$.version" };

        var exception = Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.That(exception!.Message, Is.EqualTo(
            "LIFTOFF0714: Bump file 'v.json' has a match that cannot be edited in place (kind JsonPath, pattern '$.version'): the value is a JSON Number, not a string."));
    }

    [Test]
    public void BumpAsync_ErrorInOneFile_LeavesEveryFileUntouched()
    {
        using var repo = TempDirectory.Create("bump");
        var project = repo.WriteFile("App.csproj", "<Project><PropertyGroup><Version>1.4.5</Version></PropertyGroup></Project>");
        var options = new BumpFileOptions { Path = "zz-missing.txt", Pattern = "(?<version>.+)" };

        Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.That(File.ReadAllText(project), Does.Contain("1.4.5"));
    }

    [TestCase("../outside.txt")]
    [TestCase("/etc/hostname")]
    public void BumpAsync_ConfiguredPathOutsideTheRepository_IsRefused(string path)
    {
        using var repo = TempDirectory.Create("bump");
        var options = new BumpFileOptions { Path = path, Pattern = "(?<version>.+)" };

        var exception = Assert.ThrowsAsync<LiftoffException>(() => new VersionBumper([options]).BumpAsync(repo.Path, V150));

        Assert.That(exception!.Message, Is.EqualTo(
            $"LIFTOFF0715: Bump file '{path}' is outside the repository (kind Regex, pattern '(?<version>.+)'); the release commit could not record it."));
    }
}
