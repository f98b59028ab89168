using System.Globalization;
using Liftoff.Cake.Tasks;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Engine;

/// <summary>
/// Every task of this run by name (case-insensitive, as Cake matches targets), checked before Cake sees it:
/// unique names, known dependencies, and a context every task can use. Cake would find some of these only when
/// the graph is walked, after earlier tasks have already run.
/// </summary>
public sealed class TaskCatalog
{
    private readonly Dictionary<string, TaskDefinition> _byName;

    private TaskCatalog(IReadOnlyList<TaskDefinition> definitions, Dictionary<string, TaskDefinition> byName)
    {
        Definitions = definitions;
        _byName = byName;
    }

    /// <summary>The tasks in registration order.</summary>
    public IReadOnlyList<TaskDefinition> Definitions { get; }

    /// <summary>The task names in registration order.</summary>
    public IEnumerable<string> Names => Definitions.Select(definition => definition.Name);

    /// <summary>Finds a task by name, ignoring case.</summary>
    public TaskDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Checks the definitions against each other and the context type.</summary>
    public static TaskCatalog Create(IEnumerable<TaskDefinition> definitions, Type contextType)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(contextType);
        var list = definitions.ToList();
        var byName = new Dictionary<string, TaskDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in list)
        {
            if (!byName.TryAdd(definition.Name, definition))
            {
                throw Error(DiagnosticCodes.DuplicateTask,
                    $"Two tasks are named '{definition.Name}': {byName[definition.Name].Task.GetType().FullName} and {definition.Task.GetType().FullName}.");
            }

            if (!definition.Task.ContextType.IsAssignableFrom(contextType))
            {
                throw Error(DiagnosticCodes.IncompatibleContext,
                    $"Task '{definition.Name}' needs a context of type {definition.Task.ContextType.FullName}, but the host's context is {contextType.FullName}. Call UseContext<{definition.Task.ContextType.Name}>() or derive your context from it.");
            }
        }

        foreach (var definition in list)
        {
            foreach (var edge in definition.Dependencies.Concat(definition.Dependees).Where(name => !byName.ContainsKey(name)))
            {
                var hint = TargetSuggestions.DidYouMean(edge, byName.Keys);
                throw Error(DiagnosticCodes.UnknownDependency,
                    $"Task '{definition.Name}' is linked to task '{edge}', which does not exist.{hint}");
            }
        }

        return new TaskCatalog(list, byName);
    }

    private static LiftoffException Error(string code, FormattableString message) =>
        new(code, ExitCodes.BadInput, message.ToString(CultureInfo.InvariantCulture));
}
