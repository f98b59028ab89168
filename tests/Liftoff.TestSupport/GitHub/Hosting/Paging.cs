using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>
/// GitHub's list paging: <c>per_page</c> (default 30, at most 100) and <c>page</c> (from 1), with a <c>Link</c>
/// header naming the next and last pages. Octokit follows <c>rel="next"</c> to collect every page, so a list
/// longer than one page still reaches the caller whole.
/// </summary>
internal static class Paging
{
    private const int DefaultPerPage = 30;
    private const int MaxPerPage = 100;

    public static IReadOnlyList<T> Page<T>(HttpContext context, IReadOnlyList<T> all)
    {
        var query = context.Request.Query;
        var perPage = Math.Clamp(ReadInt(query["per_page"], DefaultPerPage), 1, MaxPerPage);
        var page = Math.Max(ReadInt(query["page"], 1), 1);
        var lastPage = Math.Max((all.Count + perPage - 1) / perPage, 1);

        var links = new List<string>();
        if (page < lastPage)
        {
            links.Add(Link(context, page + 1, "next"));
            links.Add(Link(context, lastPage, "last"));
        }

        if (page > 1)
        {
            links.Add(Link(context, 1, "first"));
            links.Add(Link(context, Math.Min(page - 1, lastPage), "prev"));
        }

        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return [.. all.Skip((page - 1) * perPage).Take(perPage)];
    }

    private static int ReadInt(StringValues value, int fallback) =>
        int.TryParse(value.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;

    private static string Link(HttpContext context, int page, string rel)
    {
        var request = context.Request;
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query["page"] = page.ToString(CultureInfo.InvariantCulture);
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path);
        return $"<{QueryHelpers.AddQueryString(url, query)}>; rel=\"{rel}\"";
    }
}
