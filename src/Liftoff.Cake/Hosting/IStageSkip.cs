using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Decides, when the tasks are registered, whether a whole <see cref="Tasks.PipelineStageAttribute">stage</see> is
/// skipped in this run. The host adds the answer as the first criterion of each task of the stage, so the task's own
/// <c>ShouldRun</c> is not asked and the report shows this reason.
/// </summary>
public interface IStageSkip
{
    /// <summary>Why <paramref name="stage"/> does not run in this run, or null when it runs.</summary>
    string? SkipReason(string stage, ICakeContext context);
}
