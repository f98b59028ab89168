using Cake.Core;
using Liftoff.Cake.Hosting;

namespace Build;

/// <summary>
/// The context every task of this pipeline receives: Cake's context plus whatever your own tasks share. It is built
/// by dependency injection, so its constructor can take services such as Liftoff.Configuration.LiftoffOptions.
/// </summary>
public sealed class BuildContext(ICakeContext context) : LiftoffContext(context)
{
}
