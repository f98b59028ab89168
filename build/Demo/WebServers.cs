using System.Globalization;
using Liftoff.TestSupport.Nginx;

namespace Build.Demo;

/// <summary>
/// One nginx per environment on a free loopback port, each serving <c>served/&lt;env&gt;/current</c>: the symlink the
/// releases-directory target switches. Stopped at the end of the demo, or left running with <c>--keep</c>.
/// </summary>
internal sealed class WebServers : IAsyncDisposable
{
    private readonly Dictionary<string, NginxServer> _servers;

    private WebServers(Dictionary<string, NginxServer> servers) => _servers = servers;

    public IReadOnlyDictionary<string, NginxServer> ByEnvironment => _servers;

    public static async Task<WebServers> StartAsync(DemoSandbox sandbox)
    {
        var servers = new Dictionary<string, NginxServer>(StringComparer.Ordinal);
        try
        {
            foreach (var environment in DemoSandbox.Environments)
            {
                servers[environment] = await NginxServer.StartAsync(Path.Combine(sandbox.Served(environment), "current"));
            }
        }
        catch
        {
            await new WebServers(servers).DisposeAsync();
            throw;
        }

        return new WebServers(servers);
    }

    public Uri Url(string environment) => _servers[environment].BaseUri;

    /// <summary>What to run to stop the servers left running by <c>--keep</c>: a graceful stop of each master.</summary>
    public string StopCommand() => string.Join(" ; ", _servers.Values.Select(server => string.Create(CultureInfo.InvariantCulture,
        $"kill -QUIT $(cat {server.Config.PidPath})")));

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }
    }
}
