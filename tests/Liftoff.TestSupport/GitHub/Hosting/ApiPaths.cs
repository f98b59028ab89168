using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>
/// The two prefixes a GitHub Enterprise host serves the API under. Faults and the request log see paths with the
/// prefix removed, so <c>/repos/*/*/releases</c> reads the way GitHub's documentation writes it.
/// </summary>
internal static class ApiPaths
{
    public const string Api = "/api/v3";
    public const string Uploads = "/api/uploads";

    /// <summary>True for requests to the REST API or the upload endpoint, which need the API's headers and auth.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Api) || path.StartsWithSegments(Uploads);

    /// <summary>The path without <c>/api/v3</c> or <c>/api/uploads</c>; other paths come back unchanged.</summary>
    public static string Relative(PathString path)
    {
        if (path.StartsWithSegments(Api, out var rest) || path.StartsWithSegments(Uploads, out rest))
        {
            return rest.HasValue ? rest.Value! : "/";
        }

        return path.Value ?? "/";
    }
}
