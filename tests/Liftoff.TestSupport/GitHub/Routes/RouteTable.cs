using Liftoff.TestSupport.GitHub.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Liftoff.TestSupport.GitHub.Routes;

/// <summary>
/// The one place every route group is registered. A new group (pulls, statuses, deployments...) is a
/// <c>XxxRoutes</c> class with a <c>Map</c> method, plus one line here.
/// </summary>
internal static class RouteTable
{
    public static void MapAll(IEndpointRouteBuilder app)
    {
        var repo = app.MapGroup(ApiPaths.Api + "/repos/{owner}/{repo}");
        var uploadsRepo = app.MapGroup(ApiPaths.Uploads + "/repos/{owner}/{repo}");

        ReleasesRoutes.Map(repo);
        ReleaseAssetsRoutes.Map(repo, uploadsRepo, web: app);
        GitRefsRoutes.Map(repo);
        GitTagsRoutes.Map(repo);
        PullsRoutes.Map(repo);
        CommitStatusRoutes.Map(repo);
        IssuesRoutes.Map(repo);
        DeploymentsRoutes.Map(repo);

        // Anything unmatched gets GitHub's JSON 404 rather than Kestrel's empty one, so clients parse it as usual.
        app.MapFallback("{**path}", () => GitHubErrors.NotFound());
    }
}
