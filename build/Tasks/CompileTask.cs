using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Liftoff.Cake.Tasks;

namespace Build.Tasks;

[TaskName("Build")]
[TaskDescription("Builds the whole solution; warnings are errors in src/.")]
public sealed class CompileTask : BuildTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.DotNetBuild(context.Solution.FullPath, new DotNetBuildSettings { Configuration = context.BuildConfiguration });
}
