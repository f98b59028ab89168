using System.Text.RegularExpressions;

namespace Build.Demo;

/// <summary>
/// What makes the copied sample a repository of its own that builds anywhere: a nuget.config naming the packages Pack
/// just wrote, the Liftoff version pinned in Directory.Build.props (the sample otherwise reads it from the Liftoff
/// repository two folders up), and the schema beside liftoff.json.
/// </summary>
internal static partial class SandboxFiles
{
    /// <returns>The files written, relative to <paramref name="site"/>.</returns>
    public static IEnumerable<string> Write(string site, string repository, string packages, string version)
    {
        File.WriteAllText(Path.Combine(site, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- Liftoff's packages, as the Demo target packed them; the machine's own sources stay for everything else. -->
                <add key="liftoff-local" value="{packages}" />
              </packageSources>
            </configuration>

            """);
        File.WriteAllText(Path.Combine(site, "Directory.Build.props"), $"""
            <Project>
              <!-- The Liftoff packages the Demo target packed, pinned exactly as a user's repository pins a release. -->
              <PropertyGroup>
                <LiftoffVersion>{version}</LiftoffVersion>
              </PropertyGroup>
            </Project>

            """);
        File.Copy(Path.Combine(repository, "liftoff.schema.json"), Path.Combine(site, "liftoff.schema.json"));
        var config = Path.Combine(site, "liftoff.json");
        File.WriteAllText(config, SchemaReference().Replace(File.ReadAllText(config), "\"$schema\": \"./liftoff.schema.json\"", 1));
        return ["nuget.config", "Directory.Build.props", "liftoff.schema.json", "liftoff.json"];
    }

    [GeneratedRegex("\"\\$schema\":\\s*\"[^\"]*\"")]
    private static partial Regex SchemaReference();
}
