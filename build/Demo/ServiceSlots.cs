using System.Globalization;
using Liftoff.TestSupport.Network;
using Liftoff.TestSupport.Nginx;

namespace Build.Demo;

/// <summary>
/// The service environment's nginx: an upstream block that includes the file the sample's nginxSlots target writes
/// (<c>served/service/upstream.conf</c>), in front of the blue and green slots on two free loopback ports. The slots
/// run detached in their own process groups, so stopping the demo stops them too (from the pids in the slot state).
/// </summary>
internal sealed class ServiceSlots : IAsyncDisposable
{
    /// <summary>The environment's name in the sample's liftoff.json.</summary>
    public const string Environment = "service";

    private ServiceSlots(NginxServer nginx, string upstreamFile, int bluePort, int greenPort)
    {
        Nginx = nginx;
        UpstreamFile = upstreamFile;
        BluePort = bluePort;
        GreenPort = greenPort;
    }

    public NginxServer Nginx { get; }

    public string UpstreamFile { get; }

    public int BluePort { get; }

    public int GreenPort { get; }

    /// <summary>The slot state the target keeps beside its upstream file (the running slots' pids among it).</summary>
    public string StatePath => Path.ChangeExtension(UpstreamFile, ".state.json");

    public Uri Url => Nginx.BaseUri;

    /// <summary>The slots' own addresses, which the canary analysis checks directly.</summary>
    public IReadOnlyDictionary<string, Uri> SlotUrls => new Dictionary<string, Uri>(StringComparer.Ordinal)
    {
        ["blue"] = SlotUrl(BluePort),
        ["green"] = SlotUrl(GreenPort),
    };

    public static async Task<ServiceSlots> StartAsync(DemoSandbox sandbox)
    {
        var served = sandbox.Served(Environment);
        var upstream = Path.Combine(served, "upstream.conf");
        var (blue, green) = (FreePort.Next(), FreePort.Next());
        var nginx = await SlotsNginx.StartAsync(upstream, blue, green, served);
        return new ServiceSlots(nginx, upstream, blue, green);
    }

    /// <summary>Points the sample's service environment at this nginx, its upstream file and its slot ports.</summary>
    public IReadOnlyDictionary<string, string> Variables()
    {
        const string Prefix = "LIFTOFF_ENVIRONMENTS__SERVICE__";
        const string Settings = Prefix + "TARGET__SETTINGS__";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Prefix + "URL"] = Url.ToString(),
            [Settings + "UPSTREAMFILE"] = UpstreamFile,
            [Settings + "BLUEPORT"] = BluePort.ToString(CultureInfo.InvariantCulture),
            [Settings + "GREENPORT"] = GreenPort.ToString(CultureInfo.InvariantCulture),
            [Settings + "NGINX"] = Nginx.Binary,
            [Settings + "NGINXARGS"] = SlotsNginx.Arguments(Nginx),
        };
    }

    /// <summary>What to run to stop the slots left running by <c>--keep</c>, then this nginx.</summary>
    public string StopCommand() => string.Join(" ; ", SlotsNginx.RecordedPids(StatePath)
        .Where(SlotsNginx.IsRunning)
        .Select(pid => string.Create(CultureInfo.InvariantCulture, $"kill -TERM -- -{pid}"))
        .Append(string.Create(CultureInfo.InvariantCulture, $"kill -QUIT $(cat {Nginx.Config.PidPath})")));

    public async ValueTask DisposeAsync()
    {
        await SlotsNginx.KillSlotsAsync(StatePath);
        await Nginx.DisposeAsync();
    }

    private static Uri SlotUrl(int port) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
}
