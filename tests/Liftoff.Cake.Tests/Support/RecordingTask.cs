using Cake.Core;
using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Tests.Support;

/// <summary>A task that records its name when it runs. Sample tasks derive from it and only add attributes.</summary>
public abstract class RecordingTask(ExecutionLog log) : BuildTask
{
    protected ExecutionLog Log => log;

    public override void Run(ICakeContext context) => log.Add(TaskNames.Of(GetType()));
}
