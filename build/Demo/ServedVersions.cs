using System.Net.Http.Json;
using Liftoff.Artifacts;

namespace Build.Demo;

/// <summary>What each environment's URL serves right now, read from its version marker as validation reads it.</summary>
internal static class ServedVersions
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(WebServers servers)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var lines = new List<string>();
        foreach (var environment in servers.Environments)
        {
            var url = servers.Url(environment);
            string served;
            try
            {
                var marker = await http.GetFromJsonAsync<VersionMarker>(new Uri(url, VersionMarker.PathInArtifact), ArtifactJson.Options);
                served = marker is null ? "no version marker" : $"serves {marker.Version} (commit {marker.Commit[..Math.Min(7, marker.Commit.Length)]})";
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                served = "not answering: " + error.Message;
            }

            lines.Add($"{environment,-11} {url,-26} {served}");
        }

        return lines;
    }
}
