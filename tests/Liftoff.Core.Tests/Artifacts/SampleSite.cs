using System.Globalization;
using System.Text;
using Liftoff.Artifacts;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Artifacts;

/// <summary>Build outputs and artifacts for tests: a small site whose every page names its version on every line.</summary>
internal static class SampleSite
{
    public const string Commit = "3f9a1c2d4e5f60718293a4b5c6d7e8f901234567";

    /// <summary>A line that only this version's pages contain; a body mixing two versions has two kinds of lines.</summary>
    public static string Line(string version, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"<p>liftoff-version={version} line {number:D4}</p>");

    /// <summary>Writes a site into <paramref name="folder"/>: a ~40 KB index page, a script, a nested asset.</summary>
    public static string Write(TempDirectory folder, string version, string relative = "site")
    {
        var page = new StringBuilder();
        for (var i = 0; i < 800; i++)
        {
            page.Append(Line(version, i)).Append('\n');
        }

        folder.WriteFile($"{relative}/index.html", page.ToString());
        folder.WriteFile($"{relative}/assets/css/site.css", $"/* {version} */ body {{ margin: 0; }}\n");
        var script = folder.WriteFile($"{relative}/bin/start.sh", "#!/bin/sh\necho start\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, (UnixFileMode)Convert.ToInt32("700", 8));
        }
        return folder.Combine(relative);
    }

    /// <summary>Builds the artifact of a version, in its own output folder.</summary>
    public static Task<Artifact> BuildAsync(TempDirectory folder, string version, TimeProvider? time = null, string commit = Commit)
    {
        var source = Write(folder, version, $"src-{version}");
        return new ArtifactBuilder(time ?? ManualTime.At2026())
            .CreateAsync(source, "site", version, commit, folder.Combine("out", version));
    }

    /// <summary>The body is whole and from one version: every line is that version's line, in order.</summary>
    public static bool IsWholePageOf(string body, string version)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 800 && lines.Select((line, i) => line == Line(version, i)).All(ok => ok);
    }
}
