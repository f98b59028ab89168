using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Diagnostics;

namespace Liftoff.Building;

/// <summary>
/// The production build: empties the output folder, runs the commands in a production environment, reads their
/// warnings, and packs the output into one artifact with <see cref="ArtifactBuilder"/>.
/// </summary>
public sealed class ProductionBuilder(TimeProvider time)
{
    /// <summary>The placeholder for the absolute output folder in a command.</summary>
    public const string OutputPlaceholder = "{output}";

    /// <summary>The commands as they will run, with <c>{output}</c> filled in.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> commands, string outputDirectory) =>
        [.. commands.Select(command => command.Replace(OutputPlaceholder, outputDirectory, StringComparison.Ordinal))];

    /// <summary>Builds and packs.</summary>
    /// <exception cref="LiftoffException">
    /// <see cref="DiagnosticCodes.BuildCommandFailed"/> for a failed command, <see cref="DiagnosticCodes.BuildOutputEmpty"/>
    /// when nothing was written, and the codes of <see cref="BuildPaths"/>, <see cref="WarningCollector"/>,
    /// <see cref="BuildCommand"/> and <see cref="ArtifactBuilder"/>.
    /// </exception>
    public async Task<ProductionBuildResult> BuildAsync(ProductionBuildRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var collector = new WarningCollector(request.WarningPattern);
        var paths = BuildPaths.Resolve(request.WorkingDirectory, request.OutputDirectory, request.ArtifactsDirectory);
        paths.EmptyOutput();

        var results = new List<BuildCommandResult>();
        foreach (var command in Expand(request.Commands, paths.OutputDirectory))
        {
            var result = await BuildCommand.RunAsync(command, paths.WorkingDirectory, request.Timeout, request.OnOutput, time, cancellationToken)
                .ConfigureAwait(false);
            results.Add(result);
            if (result.ExitCode != 0)
            {
                throw new LiftoffException(DiagnosticCodes.BuildCommandFailed, ExitCodes.TaskFailed, string.Create(CultureInfo.InvariantCulture,
                    $"the build command exited with {result.ExitCode}: {command}{BuildCommand.Tail(result.Output)}"));
            }
        }

        if (!Directory.EnumerateFiles(paths.OutputDirectory, "*", SearchOption.AllDirectories).Any())
        {
            throw new LiftoffException(DiagnosticCodes.BuildOutputEmpty, ExitCodes.TaskFailed,
                $"the build commands wrote nothing into {paths.OutputDirectory}; check build.commands write to {{output}} (build.output)");
        }

        var warnings = collector.Collect(string.Join('\n', results.Select(result => result.Output)));
        var artifact = await new ArtifactBuilder(time)
            .CreateAsync(paths.OutputDirectory, request.Name, request.Version, request.Commit, paths.ArtifactsDirectory, cancellationToken)
            .ConfigureAwait(false);
        return new ProductionBuildResult(artifact, paths.OutputDirectory, warnings, results);
    }
}
