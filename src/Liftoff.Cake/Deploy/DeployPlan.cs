using Liftoff.Artifacts;
using Liftoff.Configuration;
using Liftoff.Deploy;
using Liftoff.Records.Ledger;

namespace Liftoff.Cake.Deploy;

/// <summary>A deploy checked and confirmed, ready for the lock: everything decided before anything is touched.</summary>
/// <param name="Environment">Where it goes.</param>
/// <param name="Target">The environment's target.</param>
/// <param name="Artifact">The artifact, its archive checked against its manifest.</param>
/// <param name="Waivers">Checks waived for this deploy, each with its reason.</param>
public sealed record DeployPlan(EnvironmentOptions Environment, IDeployTarget Target, Artifact Artifact, IReadOnlyList<Waiver> Waivers);
