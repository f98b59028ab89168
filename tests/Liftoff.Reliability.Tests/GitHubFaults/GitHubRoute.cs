namespace Liftoff.Reliability.Tests.GitHubFaults;

/// <summary>One GitHub REST route Liftoff calls, the target whose run calls it, and the server path pattern of its faults.</summary>
public sealed record GitHubRoute(string Target, string Method, string Path, string Name)
{
    /// <summary>Every route Liftoff calls in this version. Tags and refs go through git, so the refs and tags APIs are not among them.</summary>
    public static readonly IReadOnlyList<GitHubRoute> All =
    [
        new("Release", "GET", "/repos/*/*/releases/tags/*", "find release by tag"),
        new("Release", "GET", "/repos/*/*/releases", "list releases (drafts)"),
        new("Release", "POST", "/repos/*/*/releases", "create release"),
        new("Release", "PATCH", "/repos/*/*/releases/*", "update or publish release"),
        new("Release", "GET", "/repos/*/*/releases/*", "get release"),
        new("Release", "GET", "/repos/*/*/releases/*/assets", "list assets"),
        new("Release", "POST", "/repos/*/*/releases/*/assets", "upload asset"),
        new("Check-Review", "GET", "/repos/*/*/commits/*/pulls", "pulls of a commit"),
        new("Check-Review", "GET", "/repos/*/*/pulls/*/reviews", "reviews"),
        new("Check-Review", "GET", "/repos/*/*/commits/*/status", "combined status"),
        new("Check-Review", "GET", "/repos/*/*/commits/*/check-runs", "check runs"),
        new("Check-Backlog", "GET", "/repos/*/*/issues", "issues"),
    ];

    public override string ToString() => $"{Method} {Path}";
}
