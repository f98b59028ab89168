using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>
/// GitHub's error bodies: <c>{"message", "documentation_url"}</c>, plus <c>errors[]</c> for 422 validation
/// failures. Octokit reads these into <c>ApiException.ApiError</c>, so the shape matters more than the wording.
/// </summary>
internal static class GitHubErrors
{
    public const string DocsUrl = "https://docs.github.com/rest";

    public static IResult Message(int status, string message, string docsUrl = DocsUrl) =>
        GitHubJson.Result(new ErrorBody(message, docsUrl), status);

    public static IResult NotFound() => Message(StatusCodes.Status404NotFound, "Not Found");

    public static IResult ProblemsParsingJson() => Message(StatusCodes.Status400BadRequest, "Problems parsing JSON");

    /// <summary>A 422 with a plain message, as the git endpoints answer ("Reference already exists").</summary>
    public static IResult Unprocessable(string message) => Message(StatusCodes.Status422UnprocessableEntity, message);

    /// <summary>A 422 "Validation Failed" naming the resource, field and code, as the REST endpoints answer.</summary>
    public static IResult ValidationFailed(string resource, string field, string code) =>
        GitHubJson.Result(
            new ValidationBody("Validation Failed", [new ValidationError(resource, code, field)], DocsUrl),
            StatusCodes.Status422UnprocessableEntity);

    /// <summary>Writes an error straight to the response, for middleware that answers before routing.</summary>
    public static Task WriteAsync(HttpContext context, int status, string message, string docsUrl = DocsUrl)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new ErrorBody(message, docsUrl), GitHubJson.Options, GitHubJson.ContentType, context.RequestAborted);
    }

    private sealed record ErrorBody(string Message, string DocumentationUrl);

    private sealed record ValidationBody(string Message, IReadOnlyList<ValidationError> Errors, string DocumentationUrl);

    private sealed record ValidationError(string Resource, string Code, string Field);
}
