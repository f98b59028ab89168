using System.Text.Json;

namespace Build.Demo;

/// <summary>
/// <c>demo.json</c> in the sandbox: the environments' URLs, the service's slots and whether nginx still serves them,
/// for a person or a script looking at the sandbox after the demo (the end-to-end test checks from it that nothing was
/// left running).
/// </summary>
internal static class DemoDescription
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(DemoSandbox sandbox, WebServers servers, bool running) =>
        File.WriteAllText(Path.Combine(sandbox.Root, "demo.json"), JsonSerializer.Serialize(new
        {
            urls = servers.Environments.ToDictionary(environment => environment, environment => servers.Url(environment).ToString()),
            slots = servers.Service?.SlotUrls.ToDictionary(slot => slot.Key, slot => slot.Value.ToString()),
            nginx = running ? "running" : "stopped",
            stop = running ? servers.StopCommand() : null,
        }, Indented) + "\n");
}
