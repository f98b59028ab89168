using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>A git reference as GitHub returns it (Octokit's <c>Reference</c>).</summary>
internal sealed record RefJson(string Ref, string NodeId, string Url, GitObjectJson Object)
{
    /// <param name="objectType">
    /// <c>tag</c> when the ref points at an annotated tag object the server holds, else <c>commit</c>.
    /// </param>
    public static RefJson From(StoredRef stored, string objectType, RepoRef repo, ServerUrls urls)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        return new RefJson(
            stored.Name,
            NodeIds.For("REF", $"{repo.Owner}/{repo.Name}:{stored.Name}"),
            $"{api}/git/{ServerUrls.EscapePath(stored.Name)}",
            GitObjectJson.From(objectType, stored.Sha, api));
    }
}

/// <summary>The <c>object</c> a ref or tag points at.</summary>
internal sealed record GitObjectJson(string Type, string Sha, string Url)
{
    public static GitObjectJson From(string type, string sha, string repoApi) =>
        new(type, sha, $"{repoApi}/git/{type}s/{sha}");
}

/// <summary>An annotated tag object as GitHub returns it (Octokit's <c>GitTag</c>).</summary>
internal sealed record TagJson(
    string NodeId,
    string Tag,
    string Sha,
    string Url,
    string Message,
    PersonJson Tagger,
    GitObjectJson Object,
    VerificationJson Verification)
{
    public static TagJson From(StoredTag tag, RepoRef repo, ServerUrls urls)
    {
        var api = urls.RepoApi(repo.Owner, repo.Name);
        return new TagJson(
            NodeIds.For("TAG", tag.Sha),
            tag.Tag,
            tag.Sha,
            $"{api}/git/tags/{tag.Sha}",
            tag.Message,
            new PersonJson(tag.Tagger.Name, tag.Tagger.Email, tag.Tagger.Date),
            GitObjectJson.From(tag.ObjectType, tag.ObjectSha, api),
            VerificationJson.Unsigned);
    }
}

/// <summary>A tagger or committer signature, in requests and answers.</summary>
internal sealed record PersonJson(string? Name, string? Email, DateTimeOffset? Date);

/// <summary>Signature verification; the server never signs, so it is always "unsigned".</summary>
internal sealed record VerificationJson(bool Verified, string Reason, string? Signature, string? Payload)
{
    public static VerificationJson Unsigned { get; } = new(Verified: false, "unsigned", null, null);
}
