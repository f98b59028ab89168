using Liftoff.TestSupport.Processes;

namespace Liftoff.EndToEnd.Tests;

/// <summary>
/// A fresh repository made with <c>dotnet new liftoff</c> from the packed template, restoring Liftoff from the local
/// feed into an empty NuGet cache: the quick start of the README, as a user runs it.
/// </summary>
[Category("EndToEnd")]
[NonParallelizable]
public sealed class TemplateConsumerTests
{
    private ConsumerRepository _repository = null!;
    private ProcessResult _tree = null!;

    [OneTimeSetUp]
    public async Task CreateFromTemplateAndListTargetsAsync()
    {
        _repository = await ConsumerRepository.CreateAsync();
        Assert.That(Directory.EnumerateFileSystemEntries(_repository.NuGetPackages), Is.Empty, "the NuGet cache starts empty");
        _tree = await _repository.BuildShAsync("--tree");
    }

    [OneTimeTearDown]
    public void Delete() => _repository?.Dispose();

    [Test]
    public void DotnetNewLiftoff_AddsTheBuildProjectScriptsAndConfiguration()
    {
        var files = Directory.EnumerateFiles(_repository.Path, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/.git/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal)
                && !path.Contains("/bin/", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(_repository.Path, path))
            .Order(StringComparer.Ordinal);

        Assert.That(files, Is.EqualTo(new[]
        {
            ".gitignore", "build.ps1", "build.sh", "build/Build.csproj", "build/BuildContext.cs", "build/Program.cs", "cake.config",
            "liftoff.json", "liftoff.schema.json", "nuget.config",
        }));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Path.Combine(_repository.Path, "build.sh")) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute),
                "build.sh is executable");
        }

        Assert.That(File.ReadAllText(Path.Combine(_repository.Path, "build", "Build.csproj")),
            Does.Contain($"<PackageReference Include=\"Liftoff.Cake\" Version=\"{PackagedLiftoff.Version}\" />"));
        Assert.That(File.ReadAllLines(Path.Combine(_repository.Path, "build", "Program.cs")).Length, Is.LessThanOrEqualTo(12));
    }

    [Test]
    public void BuildSh_Tree_BuildsFromTheLocalFeedWithAnEmptyCacheAndListsDeployProduction()
    {
        Assert.That(_tree.ExitCode, Is.Zero, _tree.ToString());
        Assert.That(_tree.StdOut.Split('\n').Select(line => line.TrimEnd()), Does.Contain("Deploy-Production"));
        Assert.That(_tree.StdOut, Does.Contain("Pre-Deploy-Checks").And.Contain("Rollback-Production").And.Contain("Release"));
        var cached = Directory.GetDirectories(_repository.NuGetPackages).Select(Path.GetFileName).ToList();
        Assert.That(cached, Does.Contain("liftoff.cake").And.Contain("liftoff.core"));
        Assert.That(cached, Has.None.StartsWith("cake."), "Cake comes inside Liftoff.Cake: no Cake package is restored");
    }

    [Test]
    public async Task BuildSh_Version_RunsThePackagedLiftoffOnTheBundledCake()
    {
        var result = await _repository.BuildShAsync("--version");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.StartWith($"Liftoff {PackagedLiftoff.Version}+").And.Contain("(Cake.Core 7.0.0)"));
    }

    [Test]
    public async Task BuildSh_CheckConfig_TheTemplatesCommentedLiftoffJsonIsValid()
    {
        var result = await _repository.BuildShAsync("--target=Check-Config");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("Configuration is valid."));
        Assert.That(result.StdOut, Does.Match(@"environments\.production\.target\.settings\s+= \{root: /srv/app/production\}\s+\(file liftoff\.json:\d+\)"));
        Assert.That(File.ReadAllText(Path.Combine(_repository.Path, "liftoff.json")), Does.Contain("\"$schema\": \"./liftoff.schema.json\"").And.Contain("// "));
    }
}
