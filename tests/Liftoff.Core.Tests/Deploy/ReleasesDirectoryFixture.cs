using Liftoff.Artifacts;
using Liftoff.Core.Tests.Artifacts;
using Liftoff.Deploy;
using Liftoff.Deploy.Targets.ReleasesDirectory;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Deploy;

/// <summary>A world-readable temp folder holding built artifacts and a releases directory, plus the target over it.</summary>
internal sealed class ReleasesDirectoryFixture : IDisposable
{
    private readonly Dictionary<string, Artifact> _artifacts = [];

    public ReleasesDirectoryFixture(int keep = 5, IReadOnlyList<string>? shared = null,
        Func<PreparedRelease, CancellationToken, Task<string?>>? preSwitchCheck = null)
    {
        Folder = TempDirectory.Create("releases", worldReadable: true);
        Root = Folder.Combine("site");
        Target = new ReleasesDirectoryTarget(
            new ReleasesDirectoryOptions { Root = Root, Keep = keep, SharedDirectories = shared ?? [], PreSwitchCheck = preSwitchCheck },
            Time);
    }

    public TempDirectory Folder { get; }

    public string Root { get; }

    public ManualTime Time { get; } = ManualTime.At2026();

    public ReleasesDirectoryTarget Target { get; }

    public string Current => Path.Combine(Root, "current");

    /// <summary>Builds (once) the artifact of a version; every version gets its own commit, so its own release id.</summary>
    public async Task<Artifact> ArtifactAsync(string version)
    {
        if (!_artifacts.TryGetValue(version, out var artifact))
        {
            var commit = version.Replace(".", "", StringComparison.Ordinal).PadRight(7, '0') + "abcdef0123456789";
            artifact = await SampleSite.BuildAsync(Folder, version, Time, commit);
            _artifacts[version] = artifact;
        }

        return artifact;
    }

    /// <summary>Prepare, publish the marker, switch: a deploy as the pipeline runs it. Each deploy is a minute later.</summary>
    public async Task<SwitchResult> DeployAsync(string version)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var release = await Target.PrepareAsync(await ArtifactAsync(version));
        await Target.PublishMarkerAsync(release);
        return await Target.SwitchAsync(release);
    }

    public string ReleaseId(string version) => ReleasesDirectoryTarget.ReleaseIdFor(_artifacts[version].Manifest);

    public string? CurrentLink() => new FileInfo(Current).LinkTarget;

    public void Dispose() => Folder.Dispose();
}
