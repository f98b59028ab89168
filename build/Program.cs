using Build;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Pipeline;

// This repository's own pipeline, written with Liftoff's host: ./build.sh --target=Test
return await new LiftoffHost()
    .UseContext<BuildContext>()
    .AddAssembly(typeof(BuildContext).Assembly)
    .UseLiftoffPipeline()
    .RunAsync(args);
