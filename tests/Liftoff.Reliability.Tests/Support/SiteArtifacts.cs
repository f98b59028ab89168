using System.Globalization;
using System.Text;
using Liftoff.Artifacts;
using Liftoff.TestSupport;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>
/// Builds the artifacts of a small static site, one per version, with Liftoff's own artifact builder. Every file
/// says which version it belongs to (<c>liftoff-site-version: X</c>), so a reader of the served site can tell a
/// whole release from a mix. The data files give the unpack step some real work, so that kills land in it.
/// </summary>
public sealed class SiteArtifacts(TempDirectory folder, string commit, int dataFiles = 60, int dataFileBytes = 16 * 1024)
{
    public const string Name = "site";
    public const string VersionPrefix = "liftoff-site-version: ";

    /// <summary>The files a check of the served site fetches: pages, assets, data and Liftoff's own marker.</summary>
    public static readonly string[] ProbedPaths =
        ["index.html", "about/index.html", "assets/app.js", "assets/app.css", "data/part-00.txt", "data/part-59.txt", VersionMarker.PathInArtifact];

    private readonly Dictionary<string, string> _manifests = new(StringComparer.Ordinal);

    /// <summary>The commit every artifact says it was built from.</summary>
    public string Commit => commit;

    /// <summary>Builds the artifact of <paramref name="version"/> once and returns its manifest's path.</summary>
    public async Task<string> ManifestAsync(string version)
    {
        if (_manifests.TryGetValue(version, out var manifest))
        {
            return manifest;
        }

        var source = folder.Combine("site-src", version);
        Write(source, "index.html", $"<!doctype html><p>{VersionPrefix}{version}</p>\n");
        Write(source, "about/index.html", $"<!doctype html><p>about · {VersionPrefix}{version}</p>\n");
        Write(source, "assets/app.js", $"// {VersionPrefix}{version}\nconsole.log('hello');\n");
        Write(source, "assets/app.css", $"/* {VersionPrefix}{version} */\nbody {{ color: #333; }}\n");
        var random = new Random(version.GetHashCode(StringComparison.Ordinal));
        for (var i = 0; i < dataFiles; i++)
        {
            var text = new StringBuilder().Append(VersionPrefix).Append(version).Append('\n');
            while (text.Length < dataFileBytes)
            {
                text.Append(random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
            }

            Write(source, string.Create(CultureInfo.InvariantCulture, $"data/part-{i:00}.txt"), text.ToString());
        }

        var artifact = await new ArtifactBuilder(TimeProvider.System).CreateAsync(source, Name, version, commit, folder.Combine("artifacts", version));
        _manifests[version] = artifact.ManifestPath;
        return artifact.ManifestPath;
    }

    /// <summary>The version a served file claims, or null when it names none.</summary>
    public static string? VersionIn(string path, string content)
    {
        if (path == VersionMarker.PathInArtifact)
        {
            return ArtifactJson.TryParseMarker(Encoding.UTF8.GetBytes(content))?.Version;
        }

        var start = content.IndexOf(VersionPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += VersionPrefix.Length;
        var end = start;
        while (end < content.Length && !char.IsWhiteSpace(content[end]) && content[end] != '<' && content[end] != '*')
        {
            end++;
        }

        return content[start..end];
    }

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
