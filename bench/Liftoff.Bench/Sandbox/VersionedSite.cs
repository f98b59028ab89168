using System.Globalization;
using System.Text;
using Liftoff.Artifacts;

namespace Liftoff.Bench.Sandbox;

/// <summary>
/// A small static site whose every page line names its version, built into a Liftoff artifact (archive, manifest
/// and version marker) with <see cref="ArtifactBuilder"/>. A body that is not whole, or mixes two versions, is caught
/// by <see cref="VersionOfPage"/>.
/// </summary>
internal static class VersionedSite
{
    private const int PageLines = 800;

    /// <summary>Writes the site for <paramref name="version"/> into <paramref name="folder"/> and builds its artifact.</summary>
    /// <param name="folder">A scratch folder for the source and the artifact.</param>
    /// <param name="version">The version, for example <c>2.0.3</c>.</param>
    /// <param name="status">A word every page carries, which a smoke check can look for (healthy or broken).</param>
    /// <param name="assets">How many extra asset files, so that unpacking costs what a real site's does.</param>
    public static Task<Artifact> BuildAsync(string folder, string version, string status = "healthy", int assets = 100)
    {
        var source = Path.Combine(folder, "src-" + version);
        var page = new StringBuilder();
        page.Append("<!doctype html><title>bench</title><p>status: ").Append(status).Append("</p>\n");
        for (var line = 0; line < PageLines; line++)
        {
            page.Append(Line(version, line)).Append('\n');
        }

        Write(Path.Combine(source, "index.html"), page.ToString());
        for (var asset = 0; asset < assets; asset++)
        {
            Write(Path.Combine(source, "assets", string.Create(CultureInfo.InvariantCulture, $"part-{asset:D3}.css")),
                string.Create(CultureInfo.InvariantCulture, $"/* {version} part {asset} */\n") + new string('x', 2000) + "\n");
        }

        // Each version gets its own fake commit, so its own release id on the target.
        var commit = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..40];
        return new ArtifactBuilder(TimeProvider.System).CreateAsync(source, "site", version, commit, Path.Combine(folder, "out-" + version));
    }

    /// <summary>The version a page comes from, or null when the body is not one whole page of one version.</summary>
    public static string? VersionOfPage(string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != PageLines + 1 || !lines[1].StartsWith("<p>version=", StringComparison.Ordinal))
        {
            return null;
        }

        var version = lines[1]["<p>version=".Length..lines[1].IndexOf(' ', StringComparison.Ordinal)];
        for (var line = 0; line < PageLines; line++)
        {
            if (lines[line + 1] != Line(version, line))
            {
                return null;
            }
        }

        return version;
    }

    private static string Line(string version, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"<p>version={version} line {number:D4}</p>");

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
