using System.Globalization;
using Liftoff.Artifacts;

namespace Liftoff.Bench.Sandbox;

/// <summary>
/// A static site of many files for the GitHub Pages deploys, kept twice: <c>src/</c>, built into a Liftoff artifact,
/// and <c>pub/</c>, the same files plus the version marker and <c>.nojekyll</c> that Liftoff's target adds, for the
/// tools that publish a folder. Each new version changes 10 files.
/// </summary>
internal sealed class PagesSite
{
    public const int ChangedPerVersion = 10;
    private const int FilesPerFolder = 100;

    private readonly string _folder;
    private readonly int _files;

    public PagesSite(string folder, int files)
    {
        _folder = folder;
        _files = files;
        for (var file = 0; file < files; file++)
        {
            var text = Content(file, 0);
            Write(Path.Combine(Source, RelativePath(file)), text);
            Write(Path.Combine(Published, RelativePath(file)), text);
        }

        Write(Path.Combine(Published, ".nojekyll"), "");
    }

    public string Source => Path.Combine(_folder, "src");

    /// <summary>The folder the other tools publish.</summary>
    public string Published => Path.Combine(_folder, "pub");

    /// <summary>Changes the next 10 files for <paramref name="version"/> (1, 2, …; 0 changes none) and builds the artifact.</summary>
    public async Task<Artifact> NextVersionAsync(int version)
    {
        for (var n = 0; n < (version == 0 ? 0 : ChangedPerVersion); n++)
        {
            var file = ((version - 1) * ChangedPerVersion + n) % _files;
            var text = Content(file, version);
            Write(Path.Combine(Source, RelativePath(file)), text);
            Write(Path.Combine(Published, RelativePath(file)), text);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"1.0.{version}");
        var commit = string.Create(CultureInfo.InvariantCulture, $"{version:x8}{new string('a', 32)}");
        var artifact = await new ArtifactBuilder(TimeProvider.System).CreateAsync(Source, "site", name, commit, Path.Combine(_folder, "out", name));
        var marker = Path.Combine(Published, VersionMarker.PathInArtifact);
        Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
        await File.WriteAllBytesAsync(marker, ArtifactJson.Serialize(artifact.Marker));
        return artifact;
    }

    private static string RelativePath(int file) =>
        string.Create(CultureInfo.InvariantCulture, $"docs/section-{file / FilesPerFolder:D3}/page-{file % FilesPerFolder:D3}.html");

    // 1–3 KB of HTML per page.
    private static string Content(int file, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"<!doctype html><title>page {file}</title><p>revision {version}</p>\n")
        + new string('x', 1000 + (file % 3 * 1000)) + "\n";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
