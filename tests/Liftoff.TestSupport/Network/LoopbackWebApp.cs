using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liftoff.TestSupport.Network;

/// <summary>
/// What every local server of the harness (GitHub, Pages, the test app) does alike: a quiet Kestrel on 127.0.0.1
/// only, on a port the kernel picks so parallel tests never collide, and a stop that cuts off stragglers.
/// </summary>
public static class LoopbackWebApp
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A builder listening on 127.0.0.1, on <paramref name="port"/> or (0, the default) a port the kernel picks. The
    /// slim builder reads no appsettings files and starts no hosting-startup assemblies, and clearing the logging
    /// providers keeps Kestrel's chatter out of test output.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder;
    }

    /// <summary>Starts the app and returns its root with a trailing slash, read from the bound address.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken);

        // Port 0 lets the kernel choose; the chosen port is only known from the bound address.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Stops the app, cutting off requests still running after a short grace period, and disposes it.</summary>
    public static async ValueTask StopAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(StopTimeout);
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }
}
