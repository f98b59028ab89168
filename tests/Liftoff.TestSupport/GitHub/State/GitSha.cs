using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Liftoff.TestSupport.GitHub.State;

/// <summary>Object ids that look like git's: 40 lowercase hex digits.</summary>
public static class GitSha
{
    /// <summary>
    /// A deterministic sha-like id for <paramref name="content"/>, so the same input always yields the same id, as
    /// git's content addressing does. SHA-256 cut to 20 bytes rather than SHA-1: the value only has to look right.
    /// </summary>
    public static string Derive(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return Convert.ToHexStringLower(hash.AsSpan(0, 20));
    }

    /// <summary>
    /// True for a full object id (40 hex digits, or 64 for SHA-256 repositories). GitHub answers 422 for anything
    /// else, which catches a tag name or a short sha passed where an object id belongs.
    /// </summary>
    public static bool IsValid(string? sha) =>
        sha is { Length: 40 or 64 } && sha.All(c => char.IsAsciiHexDigit(c));

    /// <summary>A deterministic object id for tests that need "some commit": <c>Of("main-1")</c>.</summary>
    public static string Of(string seed) => Derive(string.Create(CultureInfo.InvariantCulture, $"commit {seed}"));
}
