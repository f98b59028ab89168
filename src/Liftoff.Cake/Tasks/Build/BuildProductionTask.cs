using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Liftoff.Building;
using Liftoff.Cake.Tasks.Release;
using Liftoff.Configuration;
using Liftoff.Git;

namespace Liftoff.Cake.Tasks.Build;

/// <summary>
/// Runs <c>build.commands</c> in a production environment and packs <c>build.output</c> into
/// <c>artifacts/&lt;name&gt;-&lt;version&gt;.tar.gz</c> plus <c>manifest.json</c>. It does not depend on the gates,
/// so that a build can be made and inspected on its own; the deploy chain orders Pre-Deploy-Checks first.
/// </summary>
[TaskName(Name)]
[PipelineStage(PipelineStages.Build)]
[TaskDescription("Runs build.commands with a production environment and packs build.output into artifacts/<name>-<version>.tar.gz + manifest.json.")]
public sealed class BuildProductionTask(
    LoadedConfiguration configuration, IGitClientFactory git, ReleaseRun release, BuildRun build, TimeProvider time) : AsyncBuildTask
{
    /// <summary>The target's name.</summary>
    public const string Name = "Build-Production";

    /// <inheritdoc />
    public override async Task RunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await CreateRequestAsync(context).ConfigureAwait(false);
        var result = await new ProductionBuilder(time).BuildAsync(request).ConfigureAwait(false);
        build.Result = result;
        var manifest = result.Artifact.Manifest;
        context.Log.Information("Build: artifact {0} · {1} file(s), {2} · {3} warning(s) · sha256 {4}",
            manifest.Archive.FileName, manifest.Totals.Files, FileSize.Format(manifest.Totals.Bytes), result.Warnings.Count, manifest.Archive.Sha256);
        foreach (var warning in result.Warnings)
        {
            context.Log.Warning("{0}", warning.Text);
        }

        context.Log.Information("Artifact: {0}", result.Artifact.ArchivePath);
        context.Log.Information("Manifest: {0}", result.Artifact.ManifestPath);
    }

    /// <inheritdoc />
    public override async Task DryRunAsync(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = await CreateRequestAsync(context).ConfigureAwait(false);
        var paths = BuildPaths.Resolve(request.WorkingDirectory, request.OutputDirectory, request.ArtifactsDirectory);
        context.Log.Information("Would empty {0} and run, with a production environment:", paths.OutputDirectory);
        foreach (var command in ProductionBuilder.Expand(request.Commands, paths.OutputDirectory))
        {
            context.Log.Information("  /bin/sh -c {0}", command);
        }

        context.Log.Information("Would write {0}", paths.ArchivePath(request.Name, request.Version));
        context.Log.Information("Would write {0}", Path.Combine(paths.ArtifactsDirectory, Artifacts.Artifact.ManifestFileName));
    }

    private async Task<ProductionBuildRequest> CreateRequestAsync(ICakeContext context)
    {
        var working = context.Environment.WorkingDirectory.FullPath;
        var options = configuration.Options.Build;
        var identity = await ArtifactIdentity.ResolveAsync(
            git.Create(working),
            working,
            options.Name,
            release.Target?.Version.ToString(),
            context.HasArgument("version") ? context.Argument<string>("version") : null,
            configuration.Options.Release.TagPrefix).ConfigureAwait(false);
        return new ProductionBuildRequest
        {
            WorkingDirectory = working,
            Commands = options.Commands,
            OutputDirectory = options.Output,
            ArtifactsDirectory = options.Artifacts,
            Name = identity.Name,
            Version = identity.Version,
            Commit = identity.Commit,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            WarningPattern = options.WarningPattern,
            OnOutput = line => context.Log.Write(Verbosity.Normal, LogLevel.Information, "  {0}", line),
        };
    }
}
