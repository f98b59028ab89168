using Liftoff.Bench.Runner;
using Liftoff.Bench.Sandbox;
using Liftoff.Bench.Tools;
using Liftoff.TestSupport.Git;

namespace Liftoff.Bench.Rows;

/// <summary>
/// B2 pipeline overhead: what Liftoff adds to every CI run. A no-op run of every stage (each stage's own work
/// stubbed through configuration, none of the user's commands run) against the host's no-op start; and a warm
/// <c>./build.sh</c> against Cake's own runner on the equivalent four-task <c>build.cake</c>.
/// </summary>
internal sealed class PipelineOverheadRow : IBenchRow
{
    private const string RowName = "B2 pipeline overhead";

    public string Id => "B2";

    public async Task<IReadOnlyList<RowResult>> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var host = await SandboxHost.CreateAsync(context);
        return [await AllStagesAsync(context, host, cancellationToken), await BuildShAsync(context, host, cancellationToken)];
    }

    private static async Task<RowResult> AllStagesAsync(BenchContext context, SandboxHost host, CancellationToken cancellationToken)
    {
        using var repository = CreateRepository(context);
        string[] allStages = [host.Dll, "--target=All-Stages", $"--working={repository.Path}"];
        string[] noop = [host.Dll, "--target=Noop", $"--working={repository.Path}"];
        var (liftoff, baseline) = await context.PairedAsync("B2 all stages no-op vs host no-op", "ms",
            async _ => (await TimedProcess.RunAsync("dotnet", allStages, host.Folder, repository.Environment, cancellationToken: cancellationToken)).Milliseconds,
            async _ => (await TimedProcess.RunAsync("dotnet", noop, host.Folder, repository.Environment, cancellationToken: cancellationToken)).Milliseconds);
        return new RowResult
        {
            Id = "B2.1",
            Row = RowName,
            Figure = "no-op run of every stage vs the host's no-op start",
            Liftoff = liftoff,
            Baseline = baseline,
            Goal = "context (what the stages add)",
            LiftoffCommand = "dotnet <sandbox>/bin/Release/net10.0/Build.dll --target=All-Stages --working=<repo>: Pre-Deploy-Checks, "
                + "Build-Production, Check-Build, Release (Next-Version … GitHub-Release), Deploy-Test, Validate-Test, with every gate "
                + "disabled, a one-line stub as the build command (one echo into the output), nothing to release since v1.0.0, no GitHub token, and a releases-directory target",
            BaselineCommand = "dotnet <sandbox>/bin/Release/net10.0/Build.dll --target=Noop --working=<repo> (one empty task; "
                + "the same host, configuration and pipeline registration)",
            Note = "The difference is Liftoff's own work per stage when the user's work is stubbed: reading git (tags, log, "
                + "branch), packing and checking a one-file artifact, the lock and the ledger (git refs pushed to a local bare "
                + "origin), the switch, and reading the marker back.",
        };
    }

    private static async Task<RowResult> BuildShAsync(BenchContext context, SandboxHost host, CancellationToken cancellationToken)
    {
        var cake = await CakeTool.PrepareAsync(context);
        string[] buildSh = ["--target=Default"];
        string[] cakeRun = ["tool", "run", "dotnet-cake", "build.cake", "--target=Default"];
        var (liftoff, baseline) = await context.PairedAsync("B2 ./build.sh warm vs dotnet-cake", "ms",
            async _ => (await TimedProcess.RunAsync(host.BuildScript, buildSh, host.Folder, cancellationToken: cancellationToken)).Milliseconds,
            async _ => (await TimedProcess.RunAsync("dotnet", cakeRun, cake, cancellationToken: cancellationToken)).Milliseconds);
        var ratio = liftoff.Median / baseline.Median;
        return new RowResult
        {
            Id = "B2.2",
            Row = RowName,
            Figure = "./build.sh warm (4 empty tasks) vs dotnet-cake on the same 4-task build.cake",
            Liftoff = liftoff,
            Baseline = baseline,
            Goal = "context (Liftoff ≤ Cake's own runner expected)",
            Met = null,
            LiftoffCommand = "<sandbox>/build.sh --target=Default (dotnet run -c Release --project Build.csproj, already built; "
                + "Clean → Build → Test → Default, empty, with the whole pipeline registered)",
            BaselineCommand = $"dotnet tool run dotnet-cake build.cake --target=Default (Cake.Tool {CakeTool.Version}, local tool; the same four empty tasks)",
            Note = ratio <= 1
                ? null
                : Formatting.Invariant($"./build.sh is {ratio:0.00}× Cake's runner here. Most of a warm ./build.sh is dotnet run's ")
                    + "up-to-date build check (MSBuild evaluation), not the host: compare B2.1's baseline, the host started directly. "
                    + "Starting the built dll when nothing changed (as the Bench target does) would close it.",
        };
    }

    private static GitSandbox CreateRepository(BenchContext context)
    {
        var repository = GitSandbox.Create(new GitSandboxOptions { InitialCommit = true });
        var releases = Path.Combine(context.Scratch, "b2-releases");
        repository.WriteFile(".gitignore", "artifacts/\n");
        repository.WriteFile("liftoff.json", $$"""
            {
              "gates": {
                "tests": { "enabled": false },
                "review": { "enabled": false },
                "security": { "enabled": false },
                "branch": { "enabled": false },
                "backlog": { "enabled": false }
              },
              "build": { "commands": ["mkdir -p {output} && echo '<p>bench</p>' > {output}/index.html"], "output": "artifacts/site", "name": "site", "sourceMaps": "allow" },
              "release": { "changelog": { "enabled": false }, "commit": { "enabled": false } },
              "environments": {
                "test": {
                  "target": { "type": "releasesDirectory", "settings": { "root": "{{releases}}" } },
                  "validation": { "enabled": false }
                }
              }
            }
            """);
        repository.Commit("feat: the site");
        repository.Tag("v1.0.0", "Release 1.0.0");
        repository.Push();
        return repository;
    }
}
