using System.Globalization;
using Liftoff.TestSupport.Nginx;

namespace Build.Demo;

/// <summary>
/// One nginx per environment on a free loopback port: for test, staging and production each serves
/// <c>served/&lt;env&gt;/current</c>, the symlink the releases-directory target switches; for the service, nginx
/// proxies to its blue and green slots (<see cref="ServiceSlots"/>). Stopped at the end of the demo (the slots with
/// them), or left running with <c>--keep</c>.
/// </summary>
internal sealed class WebServers : IAsyncDisposable
{
    private readonly Dictionary<string, NginxServer> _servers;

    private WebServers(Dictionary<string, NginxServer> servers, ServiceSlots? service)
    {
        _servers = servers;
        Service = service;
    }

    public IReadOnlyDictionary<string, NginxServer> ByEnvironment => _servers;

    /// <summary>The service environment's nginx and slots; null only while the servers start.</summary>
    public ServiceSlots? Service { get; }

    /// <summary>Every environment with a server, the service last.</summary>
    public IEnumerable<string> Environments => Service is null ? _servers.Keys : _servers.Keys.Append(ServiceSlots.Environment);

    public static async Task<WebServers> StartAsync(DemoSandbox sandbox)
    {
        var servers = new Dictionary<string, NginxServer>(StringComparer.Ordinal);
        try
        {
            foreach (var environment in DemoSandbox.Environments)
            {
                servers[environment] = await NginxServer.StartAsync(Path.Combine(sandbox.Served(environment), "current"));
            }

            return new WebServers(servers, await ServiceSlots.StartAsync(sandbox));
        }
        catch
        {
            await new WebServers(servers, null).DisposeAsync();
            throw;
        }
    }

    public Uri Url(string environment) =>
        environment == ServiceSlots.Environment && Service is not null ? Service.Url : _servers[environment].BaseUri;

    /// <summary>What to run to stop the servers left running by <c>--keep</c>: the service's slots, then a graceful stop of each master.</summary>
    public string StopCommand() => string.Join(" ; ", _servers.Values.Select(server => string.Create(CultureInfo.InvariantCulture,
        $"kill -QUIT $(cat {server.Config.PidPath})")).Append(Service?.StopCommand() ?? "").Where(command => command.Length > 0));

    public async ValueTask DisposeAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }

        foreach (var server in _servers.Values)
        {
            await server.DisposeAsync();
        }
    }
}
