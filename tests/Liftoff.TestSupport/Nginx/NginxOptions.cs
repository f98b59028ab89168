namespace Liftoff.TestSupport.Nginx;

/// <summary>Optional settings for <see cref="NginxServer.StartAsync"/>.</summary>
public sealed class NginxOptions
{
    /// <summary>The loopback port; a free one from <see cref="Network.FreePort"/> by default.</summary>
    public int? Port { get; init; }

    /// <summary>
    /// Extra directives for the <c>http</c> block, before the server: <c>upstream</c> blocks, or an <c>include</c> of
    /// an upstream file that a blue-green test rewrites before <see cref="NginxServer.ReloadAsync"/>.
    /// </summary>
    public string? HttpConfig { get; init; }

    /// <summary>Extra directives for the <c>server</c> block: <c>location</c> blocks, <c>proxy_pass</c>, headers.</summary>
    public string? ServerConfig { get; init; }

    /// <summary>How long nginx may take to listen. Default 15 seconds.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
