using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>What the host calls around every task, as Cake's TaskSetup/TaskTeardown.</summary>
public interface ITaskLifetime
{
    /// <summary>Runs before each task.</summary>
    void Setup(ICakeContext context, ITaskSetupContext info);

    /// <summary>Runs after each task, also when it failed or was skipped.</summary>
    void Teardown(ICakeContext context, ITaskTeardownContext info);
}

/// <summary>Setup and teardown around each task, over a typed context (Frosting's <c>FrostingTaskLifetime</c>).</summary>
/// <typeparam name="TContext">The host's context type.</typeparam>
public abstract class TaskLifetime<TContext> : ITaskLifetime
    where TContext : ICakeContext
{
    /// <summary>Runs before each task.</summary>
    public virtual void Setup(TContext context, ITaskSetupContext info)
    {
    }

    /// <summary>Runs after each task, also when it failed or was skipped.</summary>
    public virtual void Teardown(TContext context, ITaskTeardownContext info)
    {
    }

    void ITaskLifetime.Setup(ICakeContext context, ITaskSetupContext info) => Setup((TContext)context, info);

    void ITaskLifetime.Teardown(ICakeContext context, ITaskTeardownContext info) => Teardown((TContext)context, info);
}
