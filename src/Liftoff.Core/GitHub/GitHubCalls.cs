using System.Globalization;
using Liftoff.Diagnostics;
using Octokit;
using Polly;

namespace Liftoff.GitHub;

/// <summary>
/// Runs one GitHub unit of work (a gate's read; a notice's deployment, status, comment or issue) through the
/// resilience pipeline, so 429, 5xx and network errors are retried, and turns a final failure into a
/// <see cref="LiftoffException"/> naming the operation, the repository and what to do, worded for the caller by
/// <see cref="GitHubCallFailures"/>. The unit is retried whole, so a unit that looks up before it creates stays safe
/// to repeat. Messages come from status codes and GitHub's error text only, never from headers, so no token gets in.
/// </summary>
internal sealed class GitHubCalls(
    GitHubRepository repository, GitHubResilienceOptions? options, TimeProvider? time, IGitHubLog? log, GitHubCallFailures failures)
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
        var (code, message) = error switch
        {
            // Before ForbiddenException: a secondary rate limit is a 403 too, but it says "wait", not "no access".
            _ when GitHubFailures.IsTransient(error) => (failures.FailedCode, $"{where}: GitHub kept failing ({GitHubFailures.Reason(error)}) after {_options.MaxRetryAttempts} retries{failures.GaveUp}."),
            AuthorizationException => (failures.DeniedCode, $"{where}: the token was rejected (401); check GITHUB_TOKEN or GH_TOKEN."),
            ForbiddenException => (failures.DeniedCode, $"{where}: the token may not {failures.Forbidden} (403: {Message(error)})."),
            NotFoundException => (failures.DeniedCode, $"{where}: GitHub answered 404; {failures.NotFound}."),
            ApiValidationException => (failures.FailedCode, $"{where}: GitHub refused the request (422: {Message(error)})."),
            ApiException => (failures.FailedCode, $"{where}: GitHub answered {GitHubFailures.Reason(error)}: {Message(error)}"),
            HttpRequestException or TimeoutException => (failures.FailedCode, $"{where}: {GitHubFailures.Reason(error)}"),
            _ => (failures.FailedCode, (string?)null),
        };
        return message is null ? null : new LiftoffException(code, ExitCodes.TaskFailed, message, error);
    }

    private static string Message(Exception error) =>
        error is ApiException { ApiError.Message: { Length: > 0 } message } ? message : GitHubFailures.Reason(error);
}
