using Liftoff.Building;
using Liftoff.Core.Tests.Artifacts;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Building;

/// <summary>A static site whose "build" copies src/ into {output} with real shell commands.</summary>
internal static class StaticSite
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static readonly string[] CopyCommands = ["mkdir -p {output}/js", "cp -r src/* {output}/"];

    public static TempDirectory Create(bool withMap = true, bool withJs = true)
    {
        var folder = TempDirectory.Create("site");
        folder.WriteFile("src/index.html", "<!doctype html><title>site</title><script src=js/app.js></script>\n");
        folder.WriteFile("src/css/site.css", "body { margin: 0 }\n");
        if (withJs)
        {
            folder.WriteFile("src/js/app.js", "console.log('hello');\n");
        }

        if (withJs && withMap)
        {
            folder.WriteFile("src/js/app.js.map", "{\"version\":3,\"sources\":[\"app.ts\"],\"mappings\":\"AAAA\"}\n");
        }

        return folder;
    }

    public static ProductionBuildRequest Request(TempDirectory folder, params string[] commands) => new()
    {
        WorkingDirectory = folder.Path,
        Commands = commands.Length == 0 ? CopyCommands : commands,
        OutputDirectory = "artifacts/publish",
        ArtifactsDirectory = "artifacts",
        Name = "site",
        Version = "1.5.0",
        Commit = Commit,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static Task<ProductionBuildResult> BuildAsync(TempDirectory folder, params string[] commands) =>
        new ProductionBuilder(ManualTime.At2026()).BuildAsync(Request(folder, commands));
}
