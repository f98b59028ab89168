using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Liftoff.TestSupport.Pages;

/// <summary>
/// Answers a request the way Pages does for a static site: the file at the path in the served commit's tree,
/// <c>index.html</c> for a folder, a content type from the extension, and 404 for anything missing.
/// </summary>
internal sealed class PagesRequestHandler
{
    /// <summary>The response header naming the commit a response came from, so tests can tell versions apart.</summary>
    public const string CommitHeader = "X-Pages-Commit";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly PagesGitReader _git;
    private readonly PagesTipWatcher _tips;

    public PagesRequestHandler(PagesGitReader git, PagesTipWatcher tips)
    {
        _git = git;
        _tips = tips;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var token = context.RequestAborted;
        var commit = await _tips.ServedAsync(token);
        var path = Normalise(context.Request.Path.Value);
        if (commit is null || path is null)
        {
            await NotFoundAsync(response, token);
            return;
        }

        response.Headers[CommitHeader] = commit;
        // A folder, with or without its trailing slash, is served by its index.html.
        var (served, content) = path.Length == 0 || path.EndsWith('/')
            ? (path + "index.html", await _git.ReadBlobAsync(commit, path + "index.html", token))
            : (path, await _git.ReadBlobAsync(commit, path, token));
        if (content is null && !path.EndsWith('/') && path.Length > 0)
        {
            (served, content) = (path + "/index.html", await _git.ReadBlobAsync(commit, path + "/index.html", token));
        }

        if (content is null)
        {
            await NotFoundAsync(response, token);
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(served, out var type) ? type : "application/octet-stream";
        response.ContentLength = content.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.Body.WriteAsync(content, token);
        }
    }

    // Paths inside the tree, without a leading slash; null for anything that tries to leave it.
    private static string? Normalise(string? requestPath)
    {
        var path = (requestPath ?? "/").TrimStart('/');
        var segments = path.Split('/');
        return segments.Any(s => s is "." or ".." || s.Contains(':', StringComparison.Ordinal)) ? null : path;
    }

    private static async Task NotFoundAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("404 Not Found\n", cancellationToken);
    }
}
