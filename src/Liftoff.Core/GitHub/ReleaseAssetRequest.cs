using System.Security.Cryptography;

namespace Liftoff.GitHub;

/// <summary>A file to attach to a release. The content is opened once to hash it and once per upload attempt.</summary>
/// <param name="Name">The asset's name on GitHub, e.g. <c>site-1.2.0.tar.gz</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>application/gzip</c>.</param>
/// <param name="OpenRead">Opens the content from its start; called more than once.</param>
public sealed record ReleaseAssetRequest(string Name, string ContentType, Func<Stream> OpenRead)
{
    /// <summary>An asset read from <paramref name="path"/>, named after the file unless <paramref name="name"/> is given.</summary>
    public static ReleaseAssetRequest FromFile(string path, string? name = null, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fileName = name ?? Path.GetFileName(path);
        return new ReleaseAssetRequest(fileName, contentType ?? GuessContentType(fileName), () => File.OpenRead(path));
    }

    /// <summary>The lower-case hex sha256 of the content.</summary>
    public async Task<string> ComputeSha256Async(CancellationToken cancellationToken = default)
    {
        var content = OpenRead();
        await using (content.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>A media type from the file name's extension; <c>application/octet-stream</c> when unknown.</summary>
    public static string GuessContentType(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return fileName switch
        {
            _ when fileName.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) => "application/gzip",
            _ when fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) => "application/zip",
            _ when fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => "application/json",
            _ when fileName.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase) => "application/zip",
            _ when fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".sha256", StringComparison.OrdinalIgnoreCase) => "text/plain",
            _ => "application/octet-stream",
        };
    }
}
