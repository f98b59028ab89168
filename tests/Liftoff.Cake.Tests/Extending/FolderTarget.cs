using Liftoff.Artifacts;
using Liftoff.Cake.Deploy;
using Liftoff.Deploy;

namespace Liftoff.Cake.Tests.Extending;

/// <summary>
/// A deploy target as a consumer would write one: each release in &lt;root&gt;/&lt;version&gt;, and a file
/// <c>served.txt</c> naming the release that is served. Its settings come from the environment's <c>target.settings</c>.
/// </summary>
public sealed class FolderTarget(DeployTargetRequest request, TimeProvider time) : IDeployTarget
{
    private readonly string _root = Path.GetFullPath(request.RequiredSetting("root", "a folder"), request.WorkingDirectory);

    private string Served => Path.Combine(_root, "served.txt");

    public async Task<PreparedRelease> PrepareAsync(Artifact artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var folder = Path.Combine(_root, artifact.Manifest.Version);
        await ArtifactExtractor.ExtractAsync(artifact, folder, cancellationToken);
        return new PreparedRelease(artifact.Manifest.Version, folder, artifact.Marker);
    }

    public Task PublishMarkerAsync(PreparedRelease release, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<SwitchResult> SwitchAsync(PreparedRelease release, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(release);
        return await ServeAsync(release.Id, cancellationToken);
    }

    public async Task<DeployedRelease?> CurrentAsync(CancellationToken cancellationToken = default) =>
        File.Exists(Served) ? new DeployedRelease(await File.ReadAllTextAsync(Served, cancellationToken), _root, null) : null;

    public Task<SwitchResult> RollbackAsync(string releaseId, CancellationToken cancellationToken = default) =>
        ServeAsync(releaseId, cancellationToken);

    private async Task<SwitchResult> ServeAsync(string id, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var from = (await CurrentAsync(cancellationToken))?.Id;
        await File.WriteAllTextAsync(Served, id, cancellationToken);
        return new SwitchResult(from, id, time.GetElapsedTime(started), []);
    }
}
