namespace Liftoff.TestSupport.GitHub.State;

/// <summary>
/// One repository's deployments and their statuses, with GitHub's rules
/// (https://docs.github.com/rest/deployments): deployments and statuses are listed newest first, and a
/// <c>success</c> status with <c>auto_inactive</c> (the default) marks every earlier non-transient, non-production
/// deployment of the same environment <c>inactive</c>.
/// </summary>
public sealed class DeploymentStore
{
    private readonly Lock _gate = new();
    private readonly List<StoredDeployment> _deployments = [];
    private readonly List<StoredDeploymentStatus> _statuses = [];
    private readonly GitHubState _server;

    internal DeploymentStore(GitHubState server) => _server = server;

    /// <summary>Every deployment, newest first.</summary>
    public IReadOnlyList<StoredDeployment> All()
    {
        lock (_gate)
        {
            return [.. _deployments.OrderByDescending(d => d.Id)];
        }
    }

    /// <summary>The deployment with <paramref name="id"/>, or null.</summary>
    public StoredDeployment? Get(long id)
    {
        lock (_gate)
        {
            return _deployments.Find(d => d.Id == id);
        }
    }

    /// <summary>Stores a deployment as given; the route has already resolved its sha and applied the defaults.</summary>
    public StoredDeployment Create(DeploymentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = _server.Time.GetUtcNow();
        var deployment = new StoredDeployment(
            _server.NextId(), input.Sha, input.Ref, input.Task, input.PayloadJson, input.Environment, input.Description,
            input.TransientEnvironment, input.ProductionEnvironment, input.AutoMerge, input.RequiredContexts, now);
        lock (_gate)
        {
            _deployments.Add(deployment);
        }

        return deployment;
    }

    /// <summary>
    /// Adds a status to deployment <paramref name="deploymentId"/>; null when there is no such deployment. A
    /// <c>success</c> with <paramref name="autoInactive"/> makes the environment's earlier non-transient,
    /// non-production deployments inactive, as GitHub does.
    /// </summary>
    public StoredDeploymentStatus? AddStatus(long deploymentId, DeploymentStatusInput input, bool autoInactive = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate)
        {
            var deployment = _deployments.Find(d => d.Id == deploymentId);
            if (deployment is null)
            {
                return null;
            }

            var status = Add(deployment, input);
            if (input.State == "success" && autoInactive)
            {
                foreach (var older in _deployments.Where(d => d.Id < deploymentId && d.Environment == deployment.Environment
                    && !d.TransientEnvironment && !d.ProductionEnvironment && LatestState(d.Id) != "inactive").ToList())
                {
                    Add(older, new DeploymentStatusInput("inactive", null, null, null, null));
                }
            }

            return status;
        }
    }

    /// <summary>The statuses of deployment <paramref name="deploymentId"/>, newest first.</summary>
    public IReadOnlyList<StoredDeploymentStatus> Statuses(long deploymentId)
    {
        lock (_gate)
        {
            return [.. _statuses.Where(s => s.DeploymentId == deploymentId).OrderByDescending(s => s.Id)];
        }
    }

    /// <summary>The state of the newest status of deployment <paramref name="deploymentId"/>, or null when it has none.</summary>
    public string? LatestState(long deploymentId)
    {
        lock (_gate)
        {
            return _statuses.Where(s => s.DeploymentId == deploymentId).MaxBy(s => s.Id)?.State;
        }
    }

    private StoredDeploymentStatus Add(StoredDeployment deployment, DeploymentStatusInput input)
    {
        var status = new StoredDeploymentStatus(
            _server.NextId(), deployment.Id, input.State, input.Description ?? "", input.Environment ?? deployment.Environment,
            input.LogUrl ?? "", input.EnvironmentUrl ?? "", _server.Time.GetUtcNow());
        _statuses.Add(status);
        return status;
    }
}

/// <summary>What a create-deployment request asked for, with GitHub's defaults applied.</summary>
public sealed record DeploymentInput(
    string Sha,
    string Ref,
    string Task,
    string PayloadJson,
    string Environment,
    string? Description,
    bool TransientEnvironment,
    bool ProductionEnvironment,
    bool AutoMerge,
    IReadOnlyList<string>? RequiredContexts);

/// <summary>What a create-deployment-status request asked for.</summary>
public sealed record DeploymentStatusInput(string State, string? Description, string? Environment, string? LogUrl, string? EnvironmentUrl);

/// <summary>A deployment as the server keeps it; <see cref="PayloadJson"/> is the payload exactly as sent (an object, or a string).</summary>
public sealed record StoredDeployment(
    long Id,
    string Sha,
    string Ref,
    string Task,
    string PayloadJson,
    string Environment,
    string? Description,
    bool TransientEnvironment,
    bool ProductionEnvironment,
    bool AutoMerge,
    IReadOnlyList<string>? RequiredContexts,
    DateTimeOffset CreatedAt);

/// <summary>A deployment status as the server keeps it.</summary>
public sealed record StoredDeploymentStatus(
    long Id,
    long DeploymentId,
    string State,
    string Description,
    string Environment,
    string LogUrl,
    string EnvironmentUrl,
    DateTimeOffset CreatedAt);
