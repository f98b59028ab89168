using System.Globalization;
using Liftoff.Diagnostics;
using Octokit;
using Polly;

namespace Liftoff.GitHub;

/// <summary>
/// Runs one GitHub unit of work for a notice (a deployment, a status, a comment, an issue) through the resilience
/// pipeline, and turns a final failure into a <see cref="LiftoffException"/> with <c>LIFTOFF1501</c> naming the
/// operation and the repository. The unit is retried whole, so a unit that looks up before it creates stays safe to
/// repeat. Messages come from status codes and GitHub's error text only, never from headers, so no token gets in.
/// </summary>
internal sealed class GitHubCalls(GitHubRepository repository, GitHubResilienceOptions? options, TimeProvider? time, IGitHubLog? log)
{
    private readonly GitHubResilienceOptions _options = options ?? new GitHubResilienceOptions();
    private readonly ResiliencePipeline _pipeline = GitHubResilience.Build(options ?? new GitHubResilienceOptions(), time ?? TimeProvider.System, log);

    public GitHubRepository Repository => repository;

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GitHubResilience.OperationKey, operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false), context, unit).ConfigureAwait(false);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && Translate(error, operation) is { } translated)
        {
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private LiftoffException? Translate(Exception error, string operation)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"GitHub: {operation} on {repository.FullName}");
        var message = error switch
        {
            AuthorizationException => $"{where}: the token was rejected (401); check GITHUB_TOKEN or GH_TOKEN.",
            ForbiddenException => $"{where}: the token may not do this (403: {Message(error)}); it needs the deployments, issues or pull requests permission.",
            NotFoundException => $"{where}: GitHub answered 404; the repository, deployment or issue does not exist, or the token cannot see it.",
            ApiValidationException => $"{where}: GitHub refused the request (422: {Message(error)}).",
            _ when GitHubFailures.IsTransient(error) => $"{where}: GitHub kept failing ({GitHubFailures.Reason(error)}) after {_options.MaxRetryAttempts} retries.",
            ApiException => $"{where}: GitHub answered {GitHubFailures.Reason(error)}: {Message(error)}",
            HttpRequestException or TimeoutException => $"{where}: {GitHubFailures.Reason(error)}",
            _ => null,
        };
        return message is null ? null : new LiftoffException(DiagnosticCodes.GitHubNoticeFailed, ExitCodes.TaskFailed, message, error);
    }

    private static string Message(Exception error) =>
        error is ApiException { ApiError.Message: { Length: > 0 } message } ? message : GitHubFailures.Reason(error);
}
