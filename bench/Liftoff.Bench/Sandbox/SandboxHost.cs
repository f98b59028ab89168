using System.Diagnostics;
using Liftoff.Bench.Runner;

namespace Liftoff.Bench.Sandbox;

/// <summary>
/// A build project the way a user's repository has one: a console app over Liftoff's host with the whole pipeline
/// (<c>UseLiftoffPipeline()</c>), its own <c>build.sh</c> (<c>dotnet run --project</c>, as this repository's), and a few
/// bench targets: <c>Noop</c> (one empty task), <c>Default</c> (four empty tasks in a chain, as <c>Clean → Build → Test
/// → Default</c>) and <c>All-Stages</c> (every stage of the pipeline as one target). It lives under the tools folder
/// and is only rewritten when its text changes, so a later run finds it built.
/// </summary>
internal sealed class SandboxHost
{
    private SandboxHost(string folder) => Folder = folder;

    public string Folder { get; }

    public string BuildScript => Path.Combine(Folder, "build.sh");

    public string Dll => Path.Combine(Folder, "bin", "Release", "net10.0", "Build.dll");

    public static async Task<SandboxHost> CreateAsync(BenchContext context)
    {
        var host = new SandboxHost(Path.Combine(context.ToolsDirectory, "host"));
        Directory.CreateDirectory(host.Folder);
        var root = context.Options.Root;
        await WriteIfChangedAsync(host.Folder, "Build.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{root}/Cake.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Build</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/Liftoff.Cake/Liftoff.Cake.csproj" />
              </ItemGroup>
            </Project>
            """);
        await WriteIfChangedAsync(host.Folder, "Program.cs", """
            using Liftoff.Cake.Hosting;
            using Liftoff.Cake.Pipeline;

            return await new LiftoffHost()
                .AddAssembly(typeof(Build.NoopTask).Assembly)
                .UseLiftoffPipeline()
                .RunAsync(args);
            """);
        await WriteIfChangedAsync(host.Folder, "Tasks.cs", """
            using Liftoff.Cake.Tasks;

            namespace Build;

            [TaskName("Noop")]
            [TaskDescription("Does nothing: the host's own start and stop.")]
            public sealed class NoopTask : BuildTask { }

            [TaskName("Clean")]
            [TaskDescription("Empty.")]
            public sealed class CleanTask : BuildTask { }

            [TaskName("Build")]
            [TaskDescription("Empty.")]
            [IsDependentOn(typeof(CleanTask))]
            public sealed class CompileTask : BuildTask { }

            [TaskName("Test")]
            [TaskDescription("Empty.")]
            [IsDependentOn(typeof(CompileTask))]
            public sealed class TestTask : BuildTask { }

            [TaskName("Default")]
            [TaskDescription("Four empty tasks in a chain.")]
            [IsDependentOn(typeof(TestTask))]
            public sealed class DefaultTask : BuildTask { }

            [TaskName("All-Stages")]
            [TaskDescription("Every stage of the pipeline, in order.")]
            [IsDependentOn("Pre-Deploy-Checks")]
            [IsDependentOn("Check-Build")]
            [IsDependentOn("Release")]
            [IsDependentOn("Deploy-Test")]
            [IsDependentOn("Validate-Test")]
            public sealed class AllStagesTask : BuildTask { }
            """);
        await WriteIfChangedAsync(host.Folder, "build.sh", """
            #!/usr/bin/env bash
            # The same bootstrapper as Liftoff's own build.sh: dotnet run of the build project.
            set -euo pipefail
            root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
            export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
            exec dotnet run -c Release --project "$root/Build.csproj" -- "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(host.BuildScript, (UnixFileMode)Convert.ToInt32("755", 8));
        }

        var stopwatch = Stopwatch.StartNew();
        await TimedProcess.RunAsync("dotnet", ["build", Path.Combine(host.Folder, "Build.csproj"), "-c", "Release", "-nologo", "-v", "q"],
            host.Folder, timeout: TimeSpan.FromMinutes(10));
        context.Note(Formatting.Invariant($"B2: dotnet build of the sandbox build project ({host.Folder}): {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return host;
    }

    private static async Task WriteIfChangedAsync(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        text = text.ReplaceLineEndings("\n") + "\n";
        if (!File.Exists(path) || await File.ReadAllTextAsync(path) != text)
        {
            await File.WriteAllTextAsync(path, text);
        }
    }
}
