using Liftoff.Diagnostics;
using Octokit;

namespace Liftoff.GitHub.Deployments;

/// <summary>
/// <see cref="IGitHubDeployments"/> over Octokit. The look-up and the create are one unit retried together, so an
/// attempt whose answer was lost after GitHub made the deployment is found by the retry instead of duplicated. The
/// look-up uses GitHub's own <c>ref</c> and <c>environment</c> filters, so it reads one page, not the whole history.
/// </summary>
public sealed class OctokitGitHubDeployments : IGitHubDeployments
{
    // GitHub lists deployments newest first; a run's own deployment is among the newest of its ref and environment.
    private static readonly ApiOptions NewestPage = new() { PageSize = 100, PageCount = 1, StartPage = 1 };
    private const int MaxDescription = 140;
    private readonly IGitHubClient _client;
    private readonly ApiConnection _api;
    private readonly GitHubCalls _calls;

    /// <summary>Creates the client for <paramref name="repository"/>.</summary>
    /// <param name="client">The Octokit client, from <see cref="GitHubClientFactory"/>.</param>
    /// <param name="repository">The repository the deployments belong to.</param>
    /// <param name="options">The retry settings. Default: the defaults.</param>
    /// <param name="time">The clock for waits and timeouts. Default <see cref="TimeProvider.System"/>.</param>
    /// <param name="log">Told about each retry. Default: nothing is logged.</param>
    public OctokitGitHubDeployments(
        IGitHubClient client, GitHubRepository repository, GitHubResilienceOptions? options = null, TimeProvider? time = null, IGitHubLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(repository);
        _client = client;
        _api = new ApiConnection(client.Connection);
        _calls = new GitHubCalls(repository, options, time, log, GitHubCallFailures.Notices);
    }

    private string Owner => _calls.Repository.Owner;

    private string Repo => _calls.Repository.Name;

    /// <inheritdoc />
    public Task<GitHubDeployment> FindOrCreateAsync(GitHubDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Ref) || string.IsNullOrWhiteSpace(request.Environment) || string.IsNullOrWhiteSpace(request.Version))
        {
            throw new LiftoffException(DiagnosticCodes.NoticeRequestInvalid, ExitCodes.BadInput,
                "A GitHub deployment needs a ref, an environment and a version; one of them is empty.");
        }

        return _calls.RunAsync($"create deployment of {request.Version} to {request.Environment}", async token =>
        {
            var existing = await ListAsync(request.Environment, request.Ref, token).ConfigureAwait(false);
            var payload = request.Payload();
            var mine = existing.FirstOrDefault(d => d.Task == request.Task
                && Payload(d, DeploymentPayload.RunId) == payload[DeploymentPayload.RunId]
                && Payload(d, DeploymentPayload.Version) == payload[DeploymentPayload.Version]);
            if (mine is not null)
            {
                return ToModel(mine, created: false);
            }

            var created = await _client.Repository.Deployment.Create(Owner, Repo, new NewDeployment(request.Ref)
            {
                Environment = request.Environment,
                Task = request.Task,
                Description = Truncate(request.Description),
                AutoMerge = false,
                // An empty list skips GitHub's commit-status check: the gates have already decided.
                RequiredContexts = [],
                Payload = new Dictionary<string, string>(payload, StringComparer.Ordinal),
                ProductionEnvironment = request.ProductionEnvironment,
                TransientEnvironment = request.TransientEnvironment,
            }).WaitAsync(token).ConfigureAwait(false);
            return ToModel(created, created: true);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<GitHubDeployment?> FindLatestAsync(string environment, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        ArgumentException.ThrowIfNullOrEmpty(version);
        return _calls.RunAsync($"find the deployment of {version} to {environment}", async token =>
        {
            var deployments = await ListAsync(environment, null, token).ConfigureAwait(false);
            var found = deployments.FirstOrDefault(d => d.Task == GitHubDeploymentRequest.DeployTask && Payload(d, DeploymentPayload.Version) == version);
            return found is null ? null : ToModel(found, created: false);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetStatusAsync(long deploymentId, GitHubDeploymentStatusRequest status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        var state = status.State switch
        {
            GitHubDeploymentState.InProgress => DeploymentState.InProgress,
            GitHubDeploymentState.Success => DeploymentState.Success,
            GitHubDeploymentState.Failure => DeploymentState.Failure,
            _ => DeploymentState.Inactive,
        };
        return _calls.RunAsync($"set deployment {deploymentId} {Kebab(status.State)}", token =>
            _client.Repository.Deployment.Status.Create(Owner, Repo, deploymentId, new NewDeploymentStatus(state)
            {
                Description = Truncate(status.Description),
                EnvironmentUrl = status.EnvironmentUrl?.AbsoluteUri,
                LogUrl = status.LogUrl?.AbsoluteUri,
            }).WaitAsync(token), cancellationToken);
    }

    private Task<IReadOnlyList<Deployment>> ListAsync(string environment, string? reference, CancellationToken token)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["environment"] = environment };
        if (reference is not null)
        {
            filters["ref"] = reference;
        }

        return _api.GetAll<Deployment>(ApiUrls.Deployments(Owner, Repo), filters, NewestPage).WaitAsync(token);
    }

    private static string? Payload(Deployment deployment, string key) =>
        deployment.Payload is { } payload && payload.TryGetValue(key, out var value) ? value : null;

    private static GitHubDeployment ToModel(Deployment deployment, bool created) =>
        new(deployment.Id, deployment.Ref, deployment.Environment, deployment.Task, Payload(deployment, DeploymentPayload.Version), created);

    private static string? Truncate(string? text) => text is { Length: > MaxDescription } ? text[..(MaxDescription - 1)] + "…" : text;

    private static string Kebab(GitHubDeploymentState state) => state switch
    {
        GitHubDeploymentState.InProgress => "in_progress",
        _ => state.ToString().ToLowerInvariant(),
    };
}
