namespace Liftoff.Records.Ledger;

/// <summary>How a deployment ended. Written in kebab-case in the ledger: <c>deployed</c>, <c>validated</c>, <c>failed</c>, <c>rolled-back</c>.</summary>
public enum DeploymentOutcome
{
    /// <summary>The version is served; validation has not passed yet.</summary>
    Deployed,

    /// <summary>The version is served and passed validation: the verdict promotion asks for.</summary>
    Validated,

    /// <summary>The deploy or its validation failed; the version is marked bad.</summary>
    Failed,

    /// <summary>A rollback: <see cref="DeploymentRecord.RolledBackFrom"/> was replaced by <see cref="DeploymentRecord.RolledBackTo"/>, which is served now.</summary>
    RolledBack,
}
