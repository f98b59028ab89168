using Cake.Common;
using Cake.Core;
using Liftoff.Cake.Hosting;
using Liftoff.Configuration;

namespace Build;

/// <summary>A typed context extending Liftoff's: an argument and a configuration value the tasks share.</summary>
public sealed class BuildContext(ICakeContext context, LiftoffOptions options) : LiftoffContext(context)
{
    public string Channel { get; } = context.Argument("channel", "stable");

    public int EnvironmentCount { get; } = options.Environments.Count;
}
