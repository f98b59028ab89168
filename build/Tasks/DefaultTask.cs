using Liftoff.Cake.Tasks;

namespace Build.Tasks;

[TaskName("Default")]
[TaskDescription("The same as Test.")]
[IsDependentOn(typeof(TestTask))]
public sealed class DefaultTask : BuildTask<BuildContext>
{
}
