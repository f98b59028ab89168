using Cake.Core;

namespace Liftoff.Cake.Hosting;

/// <summary>
/// The default typed context: Cake's context as is. Derive from it (or from <see cref="CakeContextAdapter"/>) to add
/// your own properties; the host builds it through dependency injection, so its constructor can take services.
/// </summary>
public class LiftoffContext(ICakeContext context) : CakeContextAdapter(context)
{
}
