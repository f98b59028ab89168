using Build;
using Liftoff.Cake.Deploy;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Pipeline;

// The template's Program.cs with one line more: a deploy target of this repository's own, for "type": "custom".
return await new LiftoffHost()
    .UseContext<BuildContext>()
    .AddAssembly(typeof(Program).Assembly)
    .UseLiftoffPipeline()
    .AddDeployTarget<FolderTarget>("folder")
    .RunAsync(args);
