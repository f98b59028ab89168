using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Clean;
using Liftoff.Cake.Tasks;

namespace Build.Tasks;

[TaskName("Clean")]
[TaskDescription("Deletes artifacts/ and the solution's build outputs.")]
public sealed class CleanTask : BuildTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        context.CleanDirectory(context.Artifacts);
        context.DotNetClean(context.Solution.FullPath, new DotNetCleanSettings { Configuration = context.BuildConfiguration });
    }
}
