using System.Globalization;
using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Gates;

namespace Liftoff.Building;

/// <summary>
/// Check-Build's logic. The artifact is first extracted into a scratch folder, which proves the archive against its
/// manifest file by file; the sizes and source maps are then measured on exactly what will ship.
/// </summary>
public static class BuildChecker
{
    /// <summary>The gate's name.</summary>
    public const string Name = "Check-Build";

    /// <summary>Checks an artifact and the warnings its build printed.</summary>
    public static async Task<GateResult> EvaluateAsync(
        Artifact artifact, IReadOnlyList<BuildWarning> warnings, BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(warnings);
        ArgumentNullException.ThrowIfNull(options);
        var scratch = Path.Combine(Path.GetTempPath(), "liftoff-check-build-" + Guid.NewGuid().ToString("N"));
        try
        {
            try
            {
                await ArtifactExtractor.ExtractAsync(artifact, scratch, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is Diagnostics.LiftoffException or IOException)
            {
                return GateResult.Fail(Name, "manifest ✗", error.Message);
            }

            var files = await FileSize.MeasureAsync(scratch, artifact.Manifest, cancellationToken).ConfigureAwait(false);
            var sizes = SizeBudgets.Check(files, options);
            var warningPart = Warnings(warnings, options.MaxWarnings);
            var maps = await SourceMapCheck.CheckAsync(scratch, files, options.SourceMaps, cancellationToken).ConfigureAwait(false);
            return Combine(artifact, files, warnings.Count, [sizes, warningPart, maps]);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static CheckPart Warnings(IReadOnlyList<BuildWarning> warnings, int maxWarnings)
    {
        var measured = string.Create(CultureInfo.InvariantCulture, $"{warnings.Count} warning{(warnings.Count == 1 ? "" : "s")}");
        if (maxWarnings < 0 || warnings.Count <= maxWarnings)
        {
            return new CheckPart(measured, []);
        }

        var shown = string.Join("; ", warnings.Take(5).Select(w => w.Text)) + (warnings.Count > 5 ? $"; and {warnings.Count - 5} more" : "");
        return new CheckPart(measured, [string.Create(CultureInfo.InvariantCulture,
            $"{warnings.Count} build warning(s), more than build.maxWarnings ({maxWarnings}): {shown}")]);
    }

    private static GateResult Combine(Artifact artifact, IReadOnlyList<FileSize> files, int warnings, IReadOnlyList<CheckPart> parts)
    {
        var measured = string.Join(" · ", parts.Select(p => p.Measured));
        var problems = parts.SelectMany(p => p.Problems).ToList();
        var skipped = parts.Where(p => p.Skipped is not null).Select(p => "source maps skipped: " + p.Skipped);
        var values = new Dictionary<string, string>
        {
            ["artifact"] = Path.GetFileName(artifact.ArchivePath),
            ["sha256"] = artifact.Manifest.Archive.Sha256,
            ["bytes"] = files.Sum(f => f.Raw).ToString(CultureInfo.InvariantCulture),
            ["gzipBytes"] = files.Sum(f => f.Gzip).ToString(CultureInfo.InvariantCulture),
            ["warnings"] = warnings.ToString(CultureInfo.InvariantCulture),
        };
        var result = problems.Count > 0
            ? GateResult.Fail(Name, measured, string.Join("; ", problems))
            : GateResult.Pass(Name, measured, string.Join("; ", ["the manifest checks out against the archive, within budgets", .. skipped]));
        return result with { Values = values };
    }
}
