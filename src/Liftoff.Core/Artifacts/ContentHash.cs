using System.Globalization;
using System.Text;

namespace Liftoff.Artifacts;

/// <summary>
/// The artifact identity: sha256 over the payload's file list, one line per file, <c>&lt;sha256&gt; &lt;size&gt;
/// &lt;path&gt;\n</c>, sorted by path (ordinal). The version marker is left out, because the marker carries this
/// value and cannot hash itself. Any change to any payload file changes it; the build time does not.
/// </summary>
public static class ContentHash
{
    /// <summary>Computes the identity over <paramref name="files"/>, skipping the version marker.</summary>
    public static string Compute(IEnumerable<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var listing = new StringBuilder();
        foreach (var file in files.Where(f => f.Path != VersionMarker.PathInArtifact).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            listing.Append(CultureInfo.InvariantCulture, $"{file.Sha256} {file.Size} {file.Path}\n");
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(listing.ToString()));
    }
}
