namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>
/// Builds the absolute URLs the JSON carries (<c>url</c>, <c>html_url</c>, <c>upload_url</c>...). They point back
/// at this server, so a client that follows them, as Octokit does for uploads and paging, stays local.
/// </summary>
internal sealed class ServerUrls
{
    /// <summary>
    /// e.g. <c>http://127.0.0.1:5123/</c>. Set once Kestrel has bound its port, which is before any request can
    /// arrive; until then it holds a placeholder.
    /// </summary>
    public Uri Base { get; set; } = new("http://127.0.0.1/");

    /// <summary>The REST API root of <paramref name="owner"/>/<paramref name="repo"/>, without a trailing slash.</summary>
    public string RepoApi(string owner, string repo) => $"{Base}api/v3/repos/{Escape(owner)}/{Escape(repo)}";

    /// <summary>The upload root of <paramref name="owner"/>/<paramref name="repo"/>, without a trailing slash.</summary>
    public string RepoUploads(string owner, string repo) => $"{Base}api/uploads/repos/{Escape(owner)}/{Escape(repo)}";

    /// <summary>The web page root of <paramref name="owner"/>/<paramref name="repo"/>, without a trailing slash.</summary>
    public string RepoHtml(string owner, string repo) => $"{Base}{Escape(owner)}/{Escape(repo)}";

    /// <summary>A user's API URL.</summary>
    public string UserApi(string login) => $"{Base}api/v3/users/{Escape(login)}";

    /// <summary>A user's web page.</summary>
    public string UserHtml(string login) => $"{Base}{Escape(login)}";

    /// <summary>Escapes each segment of a name that may hold slashes (refs, tags) and keeps the slashes.</summary>
    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Escape));

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
