using Cake.Core;
using Liftoff.Releasing;

namespace Liftoff.Cake.Tasks.Release;

/// <summary>
/// The release stages after <c>Next-Version</c>: each runs only when there is a release to make or finish, and
/// says so when there is not. Their dry-run body is the real body with writes turned off.
/// </summary>
[PipelineStage(PipelineStages.Release)]
public abstract class ReleaseTaskBase(ReleaseRun release) : AsyncBuildTask
{
    /// <summary>The run's shared release state.</summary>
    protected ReleaseRun Release => release;

    /// <summary>The release, once <see cref="ShouldRun(ICakeContext)"/> has said there is one.</summary>
    protected ReleaseTarget Target => release.Target ?? throw new InvalidOperationException("Next-Version has not found a release.");

    /// <inheritdoc />
    public override bool ShouldRun(ICakeContext context) =>
        release.Target is not null || Skip("nothing to release: next-version is none and HEAD carries no release tag");

    /// <inheritdoc />
    public sealed override Task RunAsync(ICakeContext context) => RunAsync(context, dryRun: false);

    /// <inheritdoc />
    public sealed override Task DryRunAsync(ICakeContext context) => RunAsync(context, dryRun: true);

    /// <summary>The stage's work; with <paramref name="dryRun"/> it reports what it would do and changes nothing.</summary>
    protected abstract Task RunAsync(ICakeContext context, bool dryRun);
}
