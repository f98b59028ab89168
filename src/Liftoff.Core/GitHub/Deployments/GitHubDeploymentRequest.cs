namespace Liftoff.GitHub.Deployments;

/// <summary>What to mirror to GitHub: one deploy of one version to one environment, by one run.</summary>
public sealed record GitHubDeploymentRequest
{
    /// <summary>The task of a normal deploy.</summary>
    public const string DeployTask = "deploy";

    /// <summary>The task of the deployment a rollback makes for the version it restores.</summary>
    public const string RollbackTask = "deploy:rollback";

    /// <summary>The ref deployed: the artifact's commit sha (always present on GitHub once pushed), or a tag.</summary>
    public required string Ref { get; init; }

    /// <summary>The environment, e.g. <c>production</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>The version, in the payload as <c>version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The artifact archive's sha256, in the payload as <c>artifactSha256</c>; null when unknown.</summary>
    public string? ArtifactSha256 { get; init; }

    /// <summary>The run's id (<c>GITHUB_RUN_ID</c> or a local one), in the payload as <c>runId</c>: what makes a re-run find its deployment.</summary>
    public required string RunId { get; init; }

    /// <summary>The task. Default <see cref="DeployTask"/>.</summary>
    public string Task { get; init; } = DeployTask;

    /// <summary>A short description, shown by GitHub. Default none.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the environment is production (GitHub never auto-inactivates those). Default false.</summary>
    public bool ProductionEnvironment { get; init; }

    /// <summary>Whether the environment goes away after use (review apps). Default false.</summary>
    public bool TransientEnvironment { get; init; }

    /// <summary>The payload GitHub stores with the deployment.</summary>
    public IReadOnlyDictionary<string, string> Payload()
    {
        var payload = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DeploymentPayload.Version] = Version,
            [DeploymentPayload.RunId] = RunId,
            [DeploymentPayload.Tool] = "liftoff",
        };
        if (ArtifactSha256 is { Length: > 0 } sha256)
        {
            payload[DeploymentPayload.ArtifactSha256] = sha256;
        }

        return payload;
    }
}

/// <summary>The keys Liftoff writes into a deployment's payload.</summary>
public static class DeploymentPayload
{
    /// <summary>The version deployed.</summary>
    public const string Version = "version";

    /// <summary>The artifact archive's sha256.</summary>
    public const string ArtifactSha256 = "artifactSha256";

    /// <summary>The run that made the deployment.</summary>
    public const string RunId = "runId";

    /// <summary>Marks deployments Liftoff made.</summary>
    public const string Tool = "tool";
}
