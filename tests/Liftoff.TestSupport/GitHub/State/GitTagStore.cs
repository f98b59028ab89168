using System.Collections.Concurrent;
using System.Globalization;

namespace Liftoff.TestSupport.GitHub.State;

/// <summary>One repository's annotated tag objects, addressed by their sha.</summary>
public sealed class GitTagStore
{
    private readonly ConcurrentDictionary<string, StoredTag> _tags = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    internal GitTagStore(TimeProvider time) => _time = time;

    /// <summary>
    /// Stores a tag object. Its sha is derived from its content, so creating the same tag twice gives the same
    /// object, as git does. A missing tagger is the server's clock and a fixed identity.
    /// </summary>
    public StoredTag Create(string tag, string message, string objectSha, string objectType = "commit", GitPerson? tagger = null)
    {
        var signer = tagger ?? new GitPerson("Liftoff Test", "liftoff-test@example.invalid", _time.GetUtcNow());
        var content = string.Create(
            CultureInfo.InvariantCulture,
            $"object {objectSha}\ntype {objectType}\ntag {tag}\n"
            + $"tagger {signer.Name} <{signer.Email}> {signer.Date.ToUnixTimeSeconds()}\n\n{message}");
        var stored = new StoredTag(GitSha.Derive(content), tag, message, objectSha, objectType, signer);
        return _tags.GetOrAdd(stored.Sha, stored);
    }

    /// <summary>The tag object with <paramref name="sha"/>, or null.</summary>
    public StoredTag? Get(string sha) => _tags.GetValueOrDefault(sha);
}
