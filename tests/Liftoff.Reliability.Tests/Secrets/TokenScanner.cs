using System.Text;

namespace Liftoff.Reliability.Tests.Secrets;

/// <summary>Finds a token in text or bytes: as written, base64-encoded (as a basic-auth header would carry it), or any 12 of its characters in a row.</summary>
public sealed class TokenScanner(string token)
{
    private const int Piece = 12;

    private readonly byte[][] _needles =
    [
        Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(token))),
        Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes("x-access-token:" + token))),
        .. Enumerable.Range(0, token.Length - Piece + 1).Select(start => Encoding.UTF8.GetBytes(token.Substring(start, Piece))),
    ];

    public string Token => token;

    /// <summary>The first form of the token found, or null.</summary>
    public string? Find(ReadOnlySpan<byte> haystack)
    {
        foreach (var needle in _needles)
        {
            if (haystack.IndexOf(needle) >= 0)
            {
                return Encoding.UTF8.GetString(needle);
            }
        }

        return null;
    }

    public string? Find(string text) => Find(Encoding.UTF8.GetBytes(text));

    /// <summary>Every file under <paramref name="root"/> (links not followed) holding the token.</summary>
    public IEnumerable<string> FilesHolding(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", options))
        {
            if (file.LinkTarget is null && Find(File.ReadAllBytes(file.FullName)) is { } form)
            {
                yield return $"{file.FullName} (as '{form}')";
            }
        }
    }
}
