namespace Build.Demo;

/// <summary>
/// The sample site's history in the sandbox, as conventional commits, so that the first Deploy-Test has something to
/// release (1.0.0, a feat among them). Each commit takes the files under its prefixes; the first takes the rest.
/// </summary>
internal static class SiteHistory
{
    public static IReadOnlyList<(string Message, string[] Prefixes)> Commits { get; } =
    [
        ("build: the site's Liftoff pipeline, restored from Liftoff's packages", []),
        ("feat: home page with styles, showing the served version",
            ["src/static/index.html", "src/static/assets/", "src/js/main.js", "src/js/version.js", "scripts/build.mjs"]),
        ("feat(auth): sign in with a session token and a profile call", ["src/js/session.js", "src/static/api/"]),
        ("feat(service): an order service, run in blue and green slots behind nginx", ["service/"]),
        ("test: the bundle's source map and the page, with a JUnit reporter", ["tests/", "scripts/junit-reporter.mjs"]),
    ];

    /// <summary>The files of each commit, in commit order; every file lands in exactly one commit.</summary>
    public static IReadOnlyList<(string Message, List<string> Files)> Assign(IEnumerable<string> relativeFiles)
    {
        var commits = Commits.Select(commit => (commit.Message, Files: new List<string>())).ToList();
        foreach (var file in relativeFiles.Order(StringComparer.Ordinal))
        {
            var index = Commits.ToList().FindIndex(1, commit => commit.Prefixes.Any(prefix => file.StartsWith(prefix, StringComparison.Ordinal)));
            commits[index < 0 ? 0 : index].Files.Add(file);
        }

        return commits;
    }
}
