using Build;
using Liftoff.Cake.Hosting;
using Liftoff.Cake.Pipeline;

// The sample site's release pipeline: ./build.sh --tree lists the targets; ./build.sh --target=Deploy-Production runs them.
return await new LiftoffHost()
    .UseContext<BuildContext>()            // the typed context every task receives (BuildContext.cs)
    .AddAssembly(typeof(Program).Assembly) // the sample's own tasks (none yet)
    .UseLiftoffPipeline()                  // Liftoff's tasks: gates, build, release, Deploy-/Validate-/Rollback-<Env>
    .RunAsync(args);
