using System.Globalization;
using System.Net;
using Liftoff.Diagnostics;
using Octokit;

namespace Liftoff.GitHub;

/// <summary>
/// Turns a failed GitHub call into a <see cref="LiftoffException"/> that names the operation, the repository and
/// what to do. Messages are built from status codes and GitHub's error fields only, never from request headers,
/// so the token cannot end up in them.
/// </summary>
internal static class GitHubErrors
{
    /// <summary>The Liftoff error for <paramref name="exception"/>, or null when it is not a GitHub failure (e.g. a cancellation by the caller).</summary>
    public static LiftoffException? Translate(
        Exception exception, string operation, GitHubRepository repository, GitHubResilienceOptions options, TimeProvider time)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{operation} on {repository.FullName}");
        var reason = GitHubFailures.Reason(exception);
        return exception switch
        {
            RateLimitExceededException or SecondaryRateLimitExceededException or ApiException { StatusCode: HttpStatusCode.TooManyRequests }
                when GitHubFailures.RequestedDelay(exception, time) is { } wait && wait > options.MaxRetryAfter =>
                Error(DiagnosticCodes.GitHubRateLimited, exception, $"{where}: GitHub answered {reason} and asks to wait {wait.TotalMinutes:0.#} min, longer than the {options.MaxRetryAfter.TotalMinutes:0.#} min Liftoff waits. Re-run after that; the release step is safe to repeat."),
            // Before ForbiddenException: a secondary rate limit is a 403 too, but it says "wait", not "no access".
            _ when GitHubFailures.IsTransient(exception) => Error(DiagnosticCodes.GitHubUnavailable, exception, $"{where}: GitHub kept failing ({reason}) after {options.MaxRetryAttempts} retries. Re-run later; the release step is safe to repeat."),
            AuthorizationException => Error(DiagnosticCodes.GitHubAccessDenied, exception, $"{where}: GitHub rejected the token (401). Check that GITHUB_TOKEN or GH_TOKEN holds a valid, unexpired token for this host."),
            ForbiddenException => Error(DiagnosticCodes.GitHubAccessDenied, exception, $"{where}: the token may not do this (403: {Message(exception)}). It needs write access to the repository's contents."),
            NotFoundException => Error(DiagnosticCodes.GitHubNotFound, exception, $"{where}: GitHub answered 404. The repository, release or asset does not exist, or the token cannot see it."),
            ApiValidationException validation => Error(DiagnosticCodes.GitHubValidationFailed, exception, $"{where}: GitHub refused the request (422: {Describe(validation)})."),
            ApiException => Error(DiagnosticCodes.GitHubRequestFailed, exception, $"{where}: GitHub answered {reason}: {Message(exception)}"),
            _ => null,
        };
    }

    private static LiftoffException Error(string code, Exception inner, string message) =>
        new(code, ExitCodes.TaskFailed, message, inner);

    private static string Message(Exception exception) =>
        exception is ApiException { ApiError.Message: { Length: > 0 } message } ? message : exception.Message;

    private static string Describe(ApiValidationException validation)
    {
        var errors = validation.ApiError?.Errors;
        if (errors is null || errors.Count == 0)
        {
            return Message(validation);
        }

        return string.Join("; ", errors.Select(e => string.Create(
            CultureInfo.InvariantCulture,
            $"{e.Resource}.{e.Field} {e.Code}{(string.IsNullOrEmpty(e.Message) ? "" : ": " + e.Message)}")));
    }
}
