using Liftoff.Artifacts;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.TestSupport;
using Liftoff.TestSupport.Nginx;

namespace Liftoff.Bench.Sandbox;

/// <summary>
/// Liftoff's releases-directory target behind a real nginx (the test harness's <see cref="NginxServer"/>, on a free
/// loopback port, serving <c>&lt;root&gt;/current</c>), plus an HTTP client for it.
/// </summary>
internal sealed class ServedReleases : IAsyncDisposable
{
    private ServedReleases(TempDirectory folder, ReleasesDirectoryTarget target, NginxServer nginx, HttpClient http)
    {
        Folder = folder;
        Target = target;
        Nginx = nginx;
        Http = http;
    }

    public TempDirectory Folder { get; }

    public ReleasesDirectoryTarget Target { get; }

    public NginxServer Nginx { get; }

    public HttpClient Http { get; }

    public Uri BaseUri => Nginx.BaseUri;

    /// <summary>Deploys <paramref name="first"/>, then starts nginx on it.</summary>
    public static async Task<ServedReleases> StartAsync(Func<TempDirectory, Task<Artifact>> first)
    {
        var folder = TempDirectory.Create("bench-releases", worldReadable: true);
        try
        {
            var target = new ReleasesDirectoryTarget(new ReleasesDirectoryOptions { Root = folder.Combine("site"), Keep = 5 }, TimeProvider.System);
            await DeployAsync(target, await first(folder));
            var nginx = await NginxServer.StartAsync(folder.Combine("site", "current"));
            var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = nginx.BaseUri, Timeout = TimeSpan.FromSeconds(10) };
            return new ServedReleases(folder, target, nginx, http);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A deploy as the pipeline runs it: prepare, publish the marker, switch.</summary>
    public Task<SwitchResult> DeployAsync(Artifact artifact) => DeployAsync(Target, artifact);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Nginx.DisposeAsync();
        Folder.Dispose();
    }

    private static async Task<SwitchResult> DeployAsync(ReleasesDirectoryTarget target, Artifact artifact)
    {
        var release = await target.PrepareAsync(artifact);
        await target.PublishMarkerAsync(release);
        return await target.SwitchAsync(release);
    }
}
