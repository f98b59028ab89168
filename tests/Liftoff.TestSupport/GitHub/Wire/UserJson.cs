using Liftoff.TestSupport.GitHub.Hosting;
using Liftoff.TestSupport.GitHub.State;

namespace Liftoff.TestSupport.GitHub.Wire;

/// <summary>The "simple user" object GitHub embeds as <c>author</c>, <c>uploader</c>, <c>user</c>...</summary>
internal sealed record UserJson(
    string Login,
    long Id,
    string NodeId,
    string AvatarUrl,
    string GravatarId,
    string Url,
    string HtmlUrl,
    string Type,
    bool SiteAdmin)
{
    public static UserJson From(GitHubUser user, ServerUrls urls) =>
        new(
            user.Login,
            user.Id,
            NodeIds.For("U", user.Id),
            $"{urls.Base}avatars/{Uri.EscapeDataString(user.Login)}",
            string.Empty,
            urls.UserApi(user.Login),
            urls.UserHtml(user.Login),
            "User",
            SiteAdmin: false);
}
