using System.Globalization;
using System.Text.Json;
using Liftoff.TestSupport.Processes;

namespace Liftoff.TestSupport.Nginx;

/// <summary>
/// nginx in front of a service's two slots, as an nginx-slots environment runs it: an <c>upstream</c> block that
/// includes the file Liftoff owns, and a server that proxies everything to it. Also the clean-up of slot processes a
/// test left running (they are detached, so killing the test's process tree does not reach them).
/// </summary>
public static class SlotsNginx
{
    /// <summary>The upstream's name in the config.</summary>
    public const string UpstreamName = "liftoff_service";

    /// <summary>
    /// Writes a first upstream file (both slots <c>down</c>: nginx needs at least one server) and starts nginx with it.
    /// </summary>
    public static async Task<NginxServer> StartAsync(string upstreamFile, int bluePort, int greenPort, string rootDirectory)
    {
        ArgumentNullException.ThrowIfNull(upstreamFile);
        Directory.CreateDirectory(Path.GetDirectoryName(upstreamFile)!);
        await File.WriteAllTextAsync(upstreamFile, string.Create(CultureInfo.InvariantCulture,
            $"server 127.0.0.1:{bluePort} down;\nserver 127.0.0.1:{greenPort} down;\n"));
        return await NginxServer.StartAsync(rootDirectory, new NginxOptions
        {
            HttpConfig = $"upstream {UpstreamName} {{\n    include \"{upstreamFile}\";\n}}",
            ServerConfig = $"location / {{\n    proxy_pass http://{UpstreamName};\n}}",
        });
    }

    /// <summary>The arguments <c>nginx -t</c> and <c>nginx -s reload</c> need for this server (the target's <c>nginxArgs</c>).</summary>
    public static string Arguments(NginxServer nginx)
    {
        ArgumentNullException.ThrowIfNull(nginx);
        return $"-p '{nginx.Config.PrefixDirectory}/' -c '{nginx.Config.ConfigPath}' -e '{nginx.Config.ErrorLogPath}'";
    }

    /// <summary>The pids the slot state file records (running or not).</summary>
    public static IReadOnlyList<int> RecordedPids(string statePath)
    {
        if (!File.Exists(statePath))
        {
            return [];
        }

        using var state = JsonDocument.Parse(File.ReadAllText(statePath));
        return [.. new[] { "blue", "green" }
            .Where(slot => state.RootElement.TryGetProperty(slot, out var value) && value.TryGetProperty("processId", out _))
            .Select(slot => state.RootElement.GetProperty(slot).GetProperty("processId").GetInt32())];
    }

    /// <summary>Kills the process group of every slot the state file records, so no test app outlives its test.</summary>
    public static async Task KillSlotsAsync(string statePath)
    {
        foreach (var pid in RecordedPids(statePath))
        {
            await ProcessRunner.RunAsync("kill", ["-KILL", "--", "-" + pid.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    /// <summary>Whether a process with <paramref name="pid"/> runs (a zombie does not count).</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
