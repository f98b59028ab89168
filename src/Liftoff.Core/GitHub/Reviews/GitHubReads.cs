using System.Globalization;
using Liftoff.Diagnostics;
using Octokit;
using Polly;

namespace Liftoff.GitHub.Reviews;

/// <summary>
/// Runs one GitHub read through the resilience pipeline (so 429, 5xx and network errors are retried) and turns a
/// final failure into a <see cref="LiftoffException"/> that names the read, the repository and what to do. The
/// messages come from status codes and GitHub's error text only, never from request headers, so the token cannot
/// appear in them. Shared by the gates' GitHub clients.
/// </summary>
internal sealed class GitHubReads(GitHubRepository repository, GitHubResilienceOptions? options, TimeProvider? time, IGitHubLog? log)
{
    private readonly GitHubResilienceOptions _options = options ?? new GitHubResilienceOptions();
    private readonly ResiliencePipeline _pipeline = GitHubResilience.Build(options ?? new GitHubResilienceOptions(), time ?? TimeProvider.System, log);

    public GitHubRepository Repository => repository;

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(GitHubResilience.OperationKey, operation);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false), context, read).ConfigureAwait(false);
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
        return error switch
        {
            // Before ForbiddenException: a secondary rate limit is a 403 too, but it says "wait", not "no access".
            _ when GitHubFailures.IsTransient(error) => Fail(DiagnosticCodes.GateGitHubReadFailed, error, $"{where}: GitHub kept failing ({GitHubFailures.Reason(error)}) after {_options.MaxRetryAttempts} retries, so it could not be checked."),
            AuthorizationException => Fail(DiagnosticCodes.GateGitHubAccessDenied, error, $"{where}: the token was rejected (401); check GITHUB_TOKEN or GH_TOKEN."),
            ForbiddenException => Fail(DiagnosticCodes.GateGitHubAccessDenied, error, $"{where}: the token may not read this (403: {Message(error)})."),
            NotFoundException => Fail(DiagnosticCodes.GateGitHubAccessDenied, error, $"{where}: GitHub answered 404; the repository does not exist or the token cannot see it."),
            ApiException => Fail(DiagnosticCodes.GateGitHubReadFailed, error, $"{where}: GitHub answered {GitHubFailures.Reason(error)}: {Message(error)}"),
            HttpRequestException or TimeoutException => Fail(DiagnosticCodes.GateGitHubReadFailed, error, $"{where}: {error.Message}"),
            _ => null,
        };
    }

    private static LiftoffException Fail(string code, Exception inner, string message) => new(code, ExitCodes.TaskFailed, message, inner);

    private static string Message(Exception error) =>
        error is ApiException { ApiError.Message: { Length: > 0 } message } ? message : GitHubFailures.Reason(error);
}
