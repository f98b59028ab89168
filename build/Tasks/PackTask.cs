using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Common.Tools.DotNet.Pack;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Releasing;

namespace Build.Tasks;

/// <summary>
/// Packs Liftoff's packages, versioned by Liftoff's own Next-Version (dogfooded): the release this commit makes or
/// carries, otherwise a development pre-release (see <see cref="BuildVersion"/>). Release configuration, so the Debug
/// outputs the tests use are left alone, and a CI build (deterministic paths) whatever the machine.
/// </summary>
[TaskName("Pack")]
[TaskDescription("Packs Liftoff.Core, Liftoff.Cake and Liftoff.Templates into artifacts/packages (--packages=DIR), versioned by Next-Version.")]
[IsDependentOn(typeof(NextVersionTask))]
public sealed class PackTask(ReleaseRun release) : BuildTask<BuildContext>
{
    private static readonly string[] Projects =
    [
        "src/Liftoff.Core/Liftoff.Core.csproj",
        "src/Liftoff.Cake/Liftoff.Cake.csproj",
        "templates/Liftoff.Templates.csproj",
    ];

    public override void Run(BuildContext context)
    {
        var version = Version();
        context.Log.Information("Package version: {0}", version);
        context.EnsureDirectoryExists(context.Packages);
        foreach (var project in Projects)
        {
            context.DotNetPack(context.Root.CombineWithFilePath(project).FullPath, new DotNetPackSettings
            {
                Configuration = "Release",
                OutputDirectory = context.Packages,
                MSBuildSettings = new DotNetMSBuildSettings().SetVersion(version).SetContinuousIntegrationBuild(),
            });
        }

        WriteVersionProps(context, version);
        context.PackedVersion = version;
        var dropped = PackageCache.DropStaleCopies(context, ["Liftoff.Core", "Liftoff.Cake", "Liftoff.Templates"], version);
        if (dropped.Count > 0)
        {
            context.Log.Information("Dropped the NuGet cache's older copies of this version: {0}", string.Join(", ", dropped));
        }

        context.Summary.SetClosingLine($"packed {version} into {context.Packages.FullPath}");
    }

    public override void DryRun(BuildContext context) =>
        context.Log.Information("Would pack {0} as {1} into {2}", string.Join(", ", Projects), Version(), context.Packages.FullPath);

    // examples/sample-site builds against whatever was packed last; this file tells it the version (see its Build.csproj).
    private static void WriteVersionProps(BuildContext context, string version) =>
        File.WriteAllText(context.Packages.CombineWithFilePath("Liftoff.Version.props").FullPath, $"""
            <Project>
              <!-- Written by the Pack target: the version of the Liftoff packages in this folder. -->
              <PropertyGroup>
                <LiftoffVersion Condition="'$(LiftoffVersion)' == ''">{version}</LiftoffVersion>
              </PropertyGroup>
            </Project>

            """);

    private string Version() => BuildVersion.For(release.Target, release.Next ?? throw new CakeException("Next-Version has not run.")).ToString();
}
