using Microsoft.AspNetCore.Http;

namespace Liftoff.TestSupport.GitHub.Hosting;

/// <summary>Checks the Authorization header of API requests against the server's <see cref="AuthPolicy"/>.</summary>
internal sealed class AuthMiddleware(RequestDelegate next, AuthPolicy policy)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            if (IsWrite(context.Request.Method) || policy.RequireForReads)
            {
                await GitHubErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "Requires authentication");
                return;
            }
        }
        else if (!IsAccepted(header))
        {
            await GitHubErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "Bad credentials");
            return;
        }

        await next(context);
    }

    private static bool IsWrite(string method) =>
        !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method);

    private bool IsAccepted(string header)
    {
        var parts = header.Split(' ', 2, StringSplitOptions.TrimEntries);
        var schemeKnown = parts.Length == 2
            && (parts[0].Equals("token", StringComparison.OrdinalIgnoreCase)
                || parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase));
        if (!schemeKnown || parts[1].Length == 0)
        {
            return false;
        }

        var accepted = policy.AcceptedToken;
        return accepted is null || string.Equals(parts[1], accepted, StringComparison.Ordinal);
    }
}
