using System.Net.Http.Json;
using Liftoff.Artifacts;

namespace Build.Demo;

/// <summary>What a user of the order service gets through nginx: the version marker, and how many orders fail.</summary>
internal sealed record ServiceCheck(string? Version, int Orders, int FailedOrders)
{
    /// <summary>Reads the marker, then sends <paramref name="orders"/> orders one after another.</summary>
    public static async Task<ServiceCheck> ReadAsync(Uri url, int orders)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        string? version = null;
        try
        {
            version = (await http.GetFromJsonAsync<VersionMarker>(VersionMarker.PathInArtifact, ArtifactJson.Options))?.Version;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // No marker: the version stays unknown, which the verdict reports.
        }

        var failed = 0;
        for (var i = 0; i < orders; i++)
        {
            try
            {
                using var response = await http.GetAsync("api/orders");
                failed += response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                failed++;
            }
        }

        return new ServiceCheck(version, orders, failed);
    }
}
