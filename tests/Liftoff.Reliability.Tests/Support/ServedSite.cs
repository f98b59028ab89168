using System.Net;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>Reads the site nginx serves and says whether it is one whole release.</summary>
public sealed class ServedSite(Uri baseUri) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Fetches every probed file (or <paramref name="paths"/>). Returns the one version they all belong to; throws <see cref="TrialFailedException"/> for a
    /// status other than 200, a file that names no version, or files of different versions.
    /// </summary>
    public async Task<string> WholeReleaseAsync(IReadOnlyList<string>? paths = null)
    {
        var answers = new List<string>();
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths ?? SiteArtifacts.ProbedPaths)
        {
            using var response = await _http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new TrialFailedException($"nginx answered {(int)response.StatusCode} for /{path}");
            }

            var version = SiteArtifacts.VersionIn(path, body) ?? throw new TrialFailedException($"/{path} names no version: {body[..Math.Min(body.Length, 80)]}");
            versions.Add(version);
            answers.Add($"/{path}={version}");
        }

        return versions.Count == 1 ? versions.Single() : throw new TrialFailedException($"a mix of releases is served: {string.Join(", ", answers)}");
    }

    public void Dispose() => _http.Dispose();
}
