using System.Net.Http.Json;
using System.Text.Json;
using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Deploy;

/// <summary>
/// Reads back what an environment really serves: <c>&lt;url&gt;/.well-known/liftoff.json</c> over HTTP when it has a
/// URL, the target's own view (<see cref="IDeployTarget.CurrentAsync"/>) otherwise. "Deployed" means served, so this is
/// what a deploy and a rollback are checked against.
/// </summary>
public sealed class ServedMarkerReader : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };

    /// <summary>The marker served, and where it was read.</summary>
    /// <exception cref="LiftoffException"><see cref="DiagnosticCodes.MarkerMismatch"/> when it cannot be read.</exception>
    public async Task<(VersionMarker? Marker, string Version, string Source)> ReadAsync(
        EnvironmentOptions environment, IDeployTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(target);
        if (environment.Url is { } url)
        {
            var markerUri = new Uri(url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), VersionMarker.PathInArtifact);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, markerUri);
                request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw Unreadable(environment, $"{markerUri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                var marker = await response.Content.ReadFromJsonAsync<VersionMarker>(Json, cancellationToken).ConfigureAwait(false);
                var read = marker ?? throw Unreadable(environment, $"{markerUri} is empty");
                return (read, read.Version, markerUri.ToString());
            }
            catch (Exception error) when (error is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw Unreadable(environment, $"{markerUri}: {error.Message}");
            }
        }

        var current = await target.CurrentAsync(cancellationToken).ConfigureAwait(false);
        // A command target's status may print only the version; its release ids are versions.
        return current is null
            ? throw Unreadable(environment, "the target serves nothing")
            : (current.Marker, current.Marker?.Version ?? current.Id, current.Location);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static LiftoffException Unreadable(EnvironmentOptions environment, string detail) =>
        new(DiagnosticCodes.MarkerMismatch, ExitCodes.TaskFailed, $"cannot read the version marker {environment.Name} serves: {detail}");
}
