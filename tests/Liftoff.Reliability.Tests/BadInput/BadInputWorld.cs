using Liftoff.Artifacts;
using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.Records.Ledger;
using Liftoff.Records.RefStore;
using Liftoff.Reliability.Tests.Support;
using Liftoff.TestSupport.GitHub;

namespace Liftoff.Reliability.Tests.BadInput;

/// <summary>
/// The state every bad input must leave alone: a repository with v1.0.0 released and a releasable commit since (so a
/// Release that ran would change plenty), production serving 1.0.0 from a releases directory with its ledger record,
/// and the artifact of 1.1.0 ready to deploy. The state is built with Liftoff's own library, not through the host.
/// </summary>
public sealed class BadInputWorld : IAsyncDisposable
{
    private BadInputWorld(DeployWorld deploy, LocalGitHubServer server)
    {
        Deploy = deploy;
        Server = server;
    }

    public DeployWorld Deploy { get; }

    public LocalGitHubServer Server { get; }

    public string Path => Deploy.Sandbox.Path;

    /// <summary>The manifest of the 1.1.0 artifact.</summary>
    public string Artifact { get; private set; } = "";

    public static async Task<BadInputWorld> CreateAsync(LocalGitHubServer server)
    {
        var deploy = await DeployWorld.CreateAsync(withNginx: false);
        var world = new BadInputWorld(deploy, server);
        try
        {
            var served = await deploy.Site.ManifestAsync("1.0.0");
            world.Artifact = await deploy.Site.ManifestAsync("1.1.0");
            var target = new ReleasesDirectoryTarget(new ReleasesDirectoryOptions { Root = deploy.ProductionRoot, Keep = 4 }, TimeProvider.System);
            var artifact = await ArtifactReader.OpenAsync(served);
            var prepared = await target.PrepareAsync(artifact);
            await target.PublishMarkerAsync(prepared);
            await target.SwitchAsync(prepared);
            await new DeploymentLedger(new GitRefStore(deploy.Sandbox.Path, environment: deploy.Sandbox.Environment)).AppendAsync(new DeploymentRecord
            {
                Id = DeploymentLedger.NewId(),
                Environment = "production",
                Version = "1.0.0",
                Commit = deploy.Site.Commit,
                ArtifactSha256 = artifact.Manifest.Archive.Sha256,
                Actor = "setup",
                StartedAt = DateTimeOffset.UnixEpoch,
                Outcome = DeploymentOutcome.Deployed,
            });
            deploy.Sandbox.History().Commit("feat: login page").Push();
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>The state a bad input must not change.</summary>
    public string Snapshot() =>
        StateSnapshot.Take(Deploy.Sandbox, Deploy.ProductionRoot, System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(Artifact))!)
        + "# github\n" + string.Join('\n', Server.State.Repo("acme", "site").Releases.All().Select(r => $"{r.TagName} {r.Draft}"));

    /// <summary>Writes liftoff.json and commits it, so the tree is clean and the only thing wrong is the file's content.</summary>
    public void CommitConfig(string json) => CommitFile("liftoff.json", json);

    public void CommitFile(string relative, string content)
    {
        Deploy.Sandbox.WriteFile(relative, content);
        Deploy.Sandbox.Commit("chore: " + relative, relative);
    }

    public void CommitBytes(string relative, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, relative), content);
        Deploy.Sandbox.Commit("chore: " + relative, relative);
    }

    /// <summary>The configuration DeployWorld wrote, with <paramref name="sections"/> added at the top level.</summary>
    public string ConfigWith(string sections) =>
        $$"""{ {{sections}}, "environments": { "production": { "protected": true, "target": { "type": "releasesDirectory", "settings": { "root": "{{Deploy.ProductionRoot}}" } } } } }""";

    public async ValueTask DisposeAsync() => await Deploy.DisposeAsync();
}
