using System.Reflection;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.TestSupport;

namespace Liftoff.Cake.Tests;

/// <summary>
/// Conventions every Liftoff task keeps, checked over the shipped assembly so a new task cannot skip them:
/// sealed, named, described, and driven by at least one test.
/// </summary>
public sealed class TaskConventionTests
{
    private static readonly Type[] Tasks = typeof(LiftoffHost).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IBuildTask).IsAssignableFrom(type))
        .ToArray();

    private static readonly Lazy<string> TestSources = new(() => string.Join('\n',
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "Liftoff.Cake.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal))
            .Select(File.ReadAllText)));

    [Test]
    public void ShippedAssembly_HasTasks()
    {
        Assert.That(Tasks, Has.Length.GreaterThan(20));
    }

    [TestCaseSource(nameof(Tasks))]
    public void Task_IsSealedAndPublic(Type task)
    {
        Assert.That(task.IsSealed && task.IsPublic, Is.True, $"{task.Name} must be public sealed");
    }

    [TestCaseSource(nameof(Tasks))]
    public void Task_HasANameOrIsATemplateAndADescription(Type task)
    {
        var template = task.GetCustomAttribute<TaskTemplateAttribute>() is not null;
        Assert.That(template || task.GetCustomAttribute<TaskNameAttribute>() is not null, Is.True, $"{task.Name} needs [TaskName]");
        Assert.That(template || task.GetCustomAttribute<TaskDescriptionAttribute>() is not null, Is.True, $"{task.Name} needs [TaskDescription]");
    }

    [TestCaseSource(nameof(Tasks))]
    public void Task_IsDrivenByATest(Type task)
    {
        // A template is driven through the names it is registered under (Deploy-Production and so on).
        var name = task.GetCustomAttribute<TaskNameAttribute>()?.Name
            ?? task.Name.Replace("EnvironmentTask", string.Empty, StringComparison.Ordinal) + "-";
        Assert.That(TestSources.Value, Does.Contain($"target={name}").Or.Contain($"\"{name}\"").Or.Contain(task.Name),
            $"no test under tests/Liftoff.Cake.Tests runs {name}");
    }
}
