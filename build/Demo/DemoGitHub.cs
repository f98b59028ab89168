using System.Globalization;
using Liftoff.TestSupport.GitHub;
using Liftoff.TestSupport.GitHub.State;

namespace Build.Demo;

/// <summary>
/// <c>--with-github</c>: the local GitHub REST server the tests use, in this process, as GitHub Enterprise at a loopback
/// address. The sample is pointed at it with a token only it accepts, and every commit the demo makes is given what
/// a reviewed change has on GitHub: a merged pull request with an approval, and a green status. github.com itself is
/// never contacted.
/// </summary>
internal sealed class DemoGitHub : IAsyncDisposable
{
    private const string Owner = "demo";
    private const string Name = "sample-site";

    private readonly LocalGitHubServer _server;
    private readonly string _token = "demo-" + Guid.NewGuid().ToString("N");
    private int _pulls;

    private DemoGitHub(LocalGitHubServer server)
    {
        _server = server;
        _server.Auth.AcceptedToken = _token;
    }

    public Uri ApiUri => _server.ApiUri;

    private RepoState Repository => _server.State.Repo(Owner, Name);

    public static async Task<DemoGitHub> StartAsync() => new(await LocalGitHubServer.StartAsync());

    /// <summary>The variables that point the sample's GitHub steps at this server.</summary>
    public IReadOnlyDictionary<string, string?> Variables() => new Dictionary<string, string?>
    {
        ["GITHUB_TOKEN"] = _token,
        ["LIFTOFF_GITHUB__APIURL"] = ApiUri.ToString(),
        ["LIFTOFF_GITHUB__OWNER"] = Owner,
        ["LIFTOFF_GITHUB__REPOSITORY"] = Name,
    };

    /// <summary>Records <paramref name="sha"/> as merged from an approved pull request, with a green CI status.</summary>
    public void Reviewed(string sha, string title)
    {
        var number = Interlocked.Increment(ref _pulls);
        Repository.Pulls.Add(number, title, [sha]);
        Repository.Pulls.AddReview(number, "reviewer", "APPROVED");
        Repository.Statuses.AddStatus(sha, "ci/demo", "success", "the demo's CI");
    }

    /// <summary>What the server holds now, for the closing summary.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"local GitHub at {ApiUri}: {_pulls} pull request(s), {Repository.Releases.All().Count} release(s) of {Owner}/{Name}");

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
