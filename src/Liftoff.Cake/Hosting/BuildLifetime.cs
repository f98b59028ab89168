using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>What the host calls once before the first task and once after the last, as Cake's Setup/Teardown.</summary>
public interface IBuildLifetime
{
    /// <summary>Runs before the first task. An exception here fails the run before any task runs.</summary>
    void Setup(ICakeContext context, ISetupContext info);

    /// <summary>Runs after the last task, also when a task failed.</summary>
    void Teardown(ICakeContext context, ITeardownContext info);
}

/// <summary>Setup and teardown for the whole run, over a typed context (Frosting's <c>FrostingLifetime</c>).</summary>
/// <typeparam name="TContext">The host's context type.</typeparam>
public abstract class BuildLifetime<TContext> : IBuildLifetime
    where TContext : ICakeContext
{
    /// <summary>Runs before the first task.</summary>
    public virtual void Setup(TContext context, ISetupContext info)
    {
    }

    /// <summary>Runs after the last task, also when a task failed.</summary>
    public virtual void Teardown(TContext context, ITeardownContext info)
    {
    }

    void IBuildLifetime.Setup(ICakeContext context, ISetupContext info) => Setup((TContext)context, info);

    void IBuildLifetime.Teardown(ICakeContext context, ITeardownContext info) => Teardown((TContext)context, info);
}
