using System.Net.Http.Json;
using Liftoff.Artifacts;
using Liftoff.TestSupport.Pages;

namespace Liftoff.Core.Tests.Deploy.GitHubPages;

/// <summary>"Deployed" is not "served": the local Pages server keeps serving the old tree until its delay has passed.</summary>
[TestFixture]
public sealed class GitHubPagesPropagationTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1.5);

    [Test]
    public async Task Deploy_WithPropagationDelay_ServesTheOldMarkerUntilTheDelayHasPassed()
    {
        // Given: v1 is deployed and served.
        using var pages = new GitHubPagesFixture();
        var target = pages.CreateTarget();
        var v1 = await pages.BuildSiteAsync("1.0.0");
        var v2 = await pages.BuildSiteAsync("2.0.0");
        await GitHubPagesFixture.DeployAsync(target, v1);
        await using var server = await pages.StartPagesAsync(Delay);
        using var http = new HttpClient();
        var marker = new Uri(server.BaseUri, VersionMarker.PathInArtifact);

        // When
        await GitHubPagesFixture.DeployAsync(target, v2);
        var pushed = System.Diagnostics.Stopwatch.StartNew();
        var servedAtOnce = await http.GetFromJsonAsync<VersionMarker>(marker, ArtifactJson.Options);
        var askedAfter = pushed.Elapsed;
        var deployed = await target.CurrentAsync();
        await Task.Delay(Delay + TimeSpan.FromMilliseconds(300));
        var servedLater = await http.GetFromJsonAsync<VersionMarker>(marker, ArtifactJson.Options);

        // Then
        Assume.That(askedAfter, Is.LessThan(Delay), "the first request must land inside the delay");
        Assert.That(deployed!.Marker, Is.EqualTo(v2.Marker), "the branch holds v2 at once");
        Assert.That(servedAtOnce, Is.EqualTo(v1.Marker), "but Pages still serves v1");
        Assert.That(servedLater, Is.EqualTo(v2.Marker));
    }
}
