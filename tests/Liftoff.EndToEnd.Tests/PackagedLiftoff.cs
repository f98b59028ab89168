using Liftoff.TestSupport;
using Liftoff.TestSupport.Processes;

namespace Liftoff.EndToEnd.Tests;

/// <summary>
/// Packs Liftoff once for every end-to-end test, the way a release would: <c>./build.sh --target=Pack</c> into a
/// temporary feed. It also installs the template into a temporary template hive (<c>DOTNET_CLI_HOME</c>, only for
/// <c>dotnet new</c>, so the machine's installed templates are untouched). Each consumer gets an empty NuGet cache of
/// its own (<c>NUGET_PACKAGES</c>) and keeps the machine's NuGet sources for everything but Liftoff.
/// </summary>
[SetUpFixture]
public sealed class PackagedLiftoff
{
    private static TempDirectory? _folder;

    /// <summary>The local feed holding the packed nupkgs.</summary>
    public static string Feed => Folder.Combine("feed");

    /// <summary>The version Pack gave the packages.</summary>
    public static string Version { get; private set; } = "";

    /// <summary>What the Pack run printed.</summary>
    public static ProcessResult PackRun { get; private set; } = null!;

    /// <summary>The home for <c>dotnet new</c>, holding the installed template.</summary>
    public static string TemplateHome => Folder.Combine("template-home");

    private static TempDirectory Folder => _folder ?? throw new InvalidOperationException("The packages have not been packed.");

    [OneTimeSetUp]
    public async Task PackAndInstallTemplateAsync()
    {
        _folder = TempDirectory.Create("packaged");
        PackRun = await ProcessRunner.RunAsync(
            Path.Combine(RepositoryRoot.Path, "build.sh"), ["--target=Pack", $"--packages={Feed}"],
            workingDirectory: RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(10));
        PackRun.EnsureSuccess();

        var template = Directory.GetFiles(Feed, "Liftoff.Templates.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(template)["Liftoff.Templates.".Length..];
        (await DotnetNewAsync(Folder.Path, "install", template)).EnsureSuccess();
    }

    [OneTimeTearDown]
    public void DeleteFeed() => _folder?.Dispose();

    /// <summary>Runs <c>dotnet new</c> with the temporary template hive.</summary>
    public static Task<ProcessResult> DotnetNewAsync(string workingDirectory, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", ["new", .. arguments], workingDirectory, new Dictionary<string, string?>
        {
            ["DOTNET_CLI_HOME"] = TemplateHome,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        }, TimeSpan.FromMinutes(3));

    /// <summary>The variables of a consumer's build: its own NuGet cache, and none of the test run's own MSBuild.</summary>
    public static Dictionary<string, string?> BuildEnvironment(string nuGetPackages) => new(StringComparer.Ordinal)
    {
        ["NUGET_PACKAGES"] = nuGetPackages,
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["MSBuildSDKsPath"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
    };
}
