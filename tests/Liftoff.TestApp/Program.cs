using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Liftoff.TestSupport.TestApp;

// Usage: Liftoff.TestApp --port N [--release DIR] [--version V] [--name NAME]
//                        [--fail-path PATH --fail-percent P] [--delay-path PATH --delay-ms MS] [--wrong-marker]
// DIR/.well-known/liftoff.json is the marker served; DIR/testapp.json ({"failPath", "failPercent", "delayPath",
// "delayMs", "wrongMarker"}) is how the version misbehaves. Flags override both. Stops on SIGTERM or SIGINT.
var options = TestAppArguments.Parse(args);
var behavior = new TestAppBehavior();
if (options.TryGetValue("release", out var release))
{
    TestAppArguments.ApplyRelease(behavior, release, options);
}

behavior.Version = options.GetValueOrDefault("version", behavior.Version);
behavior.Name = options.GetValueOrDefault("name", behavior.Name);
if (options.TryGetValue("fail-path", out var failPath))
{
    behavior.FailShare(failPath, double.Parse(options.GetValueOrDefault("fail-percent", "100"), CultureInfo.InvariantCulture));
}

if (options.TryGetValue("delay-path", out var delayPath))
{
    behavior.SlowRoute(delayPath, TimeSpan.FromMilliseconds(double.Parse(options.GetValueOrDefault("delay-ms", "100"), CultureInfo.InvariantCulture)));
}

if (options.ContainsKey("wrong-marker"))
{
    behavior.ContentSha256 = new string('0', 64); // Serves its version, but not the artifact's content: readiness must refuse it.
}

var port = int.Parse(options["port"], CultureInfo.InvariantCulture);
var stop = new TaskCompletionSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
await using (var server = await TestAppServer.StartAsync(port, behavior))
{
    Console.WriteLine($"test app {behavior.Version} listening on {server.BaseUri} (pid {Environment.ProcessId})");
    await stop.Task;
    Console.WriteLine($"test app {behavior.Version} stopping");
}

return 0;

internal static class TestAppArguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : "true";
        }

        return options.ContainsKey("port") ? options : throw new ArgumentException("--port is required");
    }

    public static void ApplyRelease(TestAppBehavior behavior, string release, Dictionary<string, string> options)
    {
        using (var marker = JsonDocument.Parse(File.ReadAllText(Path.Combine(release, ".well-known", "liftoff.json"))))
        {
            behavior.Name = marker.RootElement.GetProperty("name").GetString()!;
            behavior.Version = marker.RootElement.GetProperty("version").GetString()!;
            behavior.Commit = marker.RootElement.GetProperty("commit").GetString()!;
            behavior.ContentSha256 = marker.RootElement.GetProperty("contentSha256").GetString()!;
        }

        var config = Path.Combine(release, "testapp.json");
        if (!File.Exists(config))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(config));
        foreach (var (key, flag) in new[] { ("failPath", "fail-path"), ("failPercent", "fail-percent"), ("delayPath", "delay-path"), ("delayMs", "delay-ms") })
        {
            if (json.RootElement.TryGetProperty(key, out var value))
            {
                options.TryAdd(flag, value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString()!);
            }
        }

        if (json.RootElement.TryGetProperty("wrongMarker", out var wrong) && wrong.GetBoolean())
        {
            options.TryAdd("wrong-marker", "true");
        }
    }
}
