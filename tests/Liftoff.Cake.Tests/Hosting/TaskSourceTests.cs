using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Tasks;
using Liftoff.Cake.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Liftoff.Cake.Tests.Hosting;

public sealed class TaskSourceTests
{
    [Test]
    public async Task RunAsync_TasksFromConfiguration_OneTemplateServesEachEnvironmentInOrder()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(ConfiguredHost, "--target=Deploy-Production");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Ran, Is.EqualTo(new[] { "Build", "deploy test", "deploy staging", "deploy production" }));
    }

    [Test]
    public async Task RunAsync_TasksFromConfiguration_AppearInTheTreeWithDescriptions()
    {
        using var harness = new HostHarness();

        var result = await harness.RunAsync(ConfiguredHost, "--description");

        Assert.That(result.Output, Does.Match(@"Deploy-Staging\s+Deploys the artifact to staging\."));
    }

    [Test]
    public void IsScannableTask_TemplateClass_IsLeftForItsSource()
    {
        Assert.That(LiftoffHost.IsScannableTask(typeof(DeployTemplate)), Is.False);
        Assert.That(LiftoffHost.IsScannableTask(typeof(RecordingTask)), Is.False, "abstract");
        Assert.That(LiftoffHost.IsScannableTask(typeof(Build)), Is.True);
    }

    private static LiftoffHost ConfiguredHost(LiftoffHost host) => host
        .ConfigureServices(services => services.AddSingleton(new Environments(["test", "staging", "production"])))
        .AddTask<Build>()
        .AddTaskSource<EnvironmentTasks>();

    public sealed record Environments(IReadOnlyList<string> Names);

    public sealed class Build(ExecutionLog log) : RecordingTask(log);

    [TaskTemplate]
    public sealed class DeployTemplate(ExecutionLog log, string environment) : BuildTask
    {
        public override void Run(ICakeContext context) => log.Add("deploy " + environment);
    }

    /// <summary>Makes Deploy-&lt;Env&gt; per environment, each promoting from the one before, as the deploy issue needs.</summary>
    public sealed class EnvironmentTasks(Environments environments) : ITaskSource
    {
        public IEnumerable<TaskDefinition> CreateTasks(IServiceProvider services)
        {
            var previous = "Build";
            foreach (var name in environments.Names)
            {
                var task = ActivatorUtilities.CreateInstance<DeployTemplate>(services, name);
                var definition = new TaskDefinition($"Deploy-{char.ToUpperInvariant(name[0])}{name[1..]}", task)
                {
                    Description = $"Deploys the artifact to {name}.",
                };
                definition.Dependencies.Add(previous);
                previous = definition.Name;
                yield return definition;
            }
        }
    }
}
