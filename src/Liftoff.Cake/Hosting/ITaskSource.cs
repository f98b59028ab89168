using Liftoff.Cake.Tasks;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// Makes tasks at start-up, for example from configuration: one <c>Deploy-&lt;Env&gt;</c> per configured environment
/// from one <see cref="TaskTemplateAttribute">template</see> class. Sources are built by dependency injection, so a
/// source can take the options it reads from its constructor.
/// </summary>
public interface ITaskSource
{
    /// <summary>The tasks to register. Names must be unique across the whole host.</summary>
    IEnumerable<TaskDefinition> CreateTasks(IServiceProvider services);
}
