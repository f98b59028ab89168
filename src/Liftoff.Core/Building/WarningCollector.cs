using System.Text.RegularExpressions;
using Liftoff.Diagnostics;

namespace Liftoff.Building;

/// <summary>
/// Reads warnings from build output. MSBuild's are read in its canonical console format,
/// <c>origin(line,col): [subcategory ]warning CODE: text [project]</c>, which the classic console logger prints and
/// every .NET CI log shows; other tools' by a configured pattern. Each warning counts once: MSBuild repeats its
/// warnings in the closing summary, and multi-targeted projects repeat them per framework.
/// </summary>
public sealed partial class WarningCollector
{
    private readonly Regex? _pattern;

    /// <summary>Creates a collector; <paramref name="warningPattern"/> may be empty for MSBuild's warnings only.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.BuildWarningPatternInvalid"/> for a bad pattern.</exception>
    public WarningCollector(string? warningPattern)
    {
        if (string.IsNullOrWhiteSpace(warningPattern))
        {
            return;
        }

        try
        {
            _pattern = new Regex(warningPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException error)
        {
            throw new LiftoffException(DiagnosticCodes.BuildWarningPatternInvalid, ExitCodes.ConfigurationInvalid,
                $"build.warningPattern '{warningPattern}' is not a valid regular expression: {error.Message}", error);
        }
    }

    /// <summary>The distinct warnings in <paramref name="output"/>, in the order first seen.</summary>
    public IReadOnlyList<BuildWarning> Collect(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var warnings = new List<BuildWarning>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (Read(line) is { } warning && seen.Add(warning.Source + "\0" + warning.Text))
            {
                warnings.Add(warning);
            }
        }

        return warnings;
    }

    private BuildWarning? Read(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        var msbuild = MsBuildWarning().Match(line);
        if (msbuild.Success)
        {
            return new BuildWarning(BuildWarning.MsBuild, msbuild.Groups["code"].Value, msbuild.Groups["text"].Value.TrimEnd());
        }

        return _pattern is not null && _pattern.IsMatch(line) ? new BuildWarning(BuildWarning.Pattern, "", line) : null;
    }

    // The summary MSBuild prints ("0 Warning(s)") never matches: it has no "warning CODE:".
    [GeneratedRegex(@"^(?<text>(?:.+?(?:\([\d,\-]+\))?\s*:\s*)?(?:[^:]*\s)?warning\s+(?<code>[A-Za-z]+\d+)\s*:.*?)(?:\s+\[[^\]]+\])?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MsBuildWarning();
}
