using Liftoff.Cake.Hosting;
using Liftoff.Cake.Pipeline;
using Liftoff.Cake.Tests.Support;
using Liftoff.Git;
using Liftoff.TestSupport.Git;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Build;

/// <summary>A git sandbox holding a static site whose build copies src/ into {output}, run through the in-process host.</summary>
public abstract class BuildProductionFixture
{
    protected GitSandbox Sandbox { get; private set; } = null!;

    [SetUp]
    public void CreateSandbox()
    {
        Sandbox = GitSandbox.Create();
        Sandbox.WriteFile("src/index.html", "<!doctype html><title>site</title>\n");
        Sandbox.WriteFile("src/js/app.js", "console.log('hello');\n//# sourceMappingURL=app.js.map\n");
        Sandbox.WriteFile("src/js/app.js.map", "{\"version\":3,\"mappings\":\"AAAA\"}\n");
        WriteConfig("""{ "commands": ["mkdir -p {output}", "cp -r src/* {output}/"], "output": "dist", "name": "site" }""");
        Sandbox.Commit("feat: site");
        Sandbox.Tag("v1.4.0");
    }

    [TearDown]
    public void DisposeSandbox() => Sandbox.Dispose();

    /// <summary>Writes liftoff.json with <paramref name="buildSection"/> as its build section (left uncommitted).</summary>
    protected void WriteConfig(string buildSection) => Sandbox.WriteFile("liftoff.json", $$"""{ "build": {{buildSection}} }""");

    protected Task<HostResult> RunAsync(params string[] args) => RunAsync(host => host, args);

    /// <summary>Runs the pipeline, with <paramref name="extend"/> adding tasks of the test's own.</summary>
    protected async Task<HostResult> RunAsync(Func<LiftoffHost, LiftoffHost> extend, params string[] args)
    {
        using var harness = new HostHarness();
        return await harness.RunAsync(
            host => extend(host
                .ConfigureServices(services => services.AddSingleton<IGitClientFactory>(new GitCliFactory(Sandbox.Environment)))
                .UseLiftoffPipeline()),
            [.. args, $"--working={Sandbox.Path}"]);
    }
}
