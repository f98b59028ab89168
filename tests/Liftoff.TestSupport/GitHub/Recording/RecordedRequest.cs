namespace Liftoff.TestSupport.GitHub.Recording;

/// <summary>
/// One request the server answered. The Authorization header is reduced to its scheme: the token itself is never
/// kept, so a failing assertion that prints the log cannot leak it.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path without <c>/api/v3</c> or <c>/api/uploads</c>, e.g. <c>/repos/acme/site/releases</c>.</param>
/// <param name="Query">The query string including its <c>?</c>, or empty.</param>
/// <param name="StatusCode">The status sent, or 0 when a fault reset the connection.</param>
/// <param name="AuthScheme">The Authorization scheme (<c>token</c>, <c>Bearer</c>...), or null when none was sent.</param>
/// <param name="Faulted">True when an injected fault answered or delayed the request.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, int StatusCode, string? AuthScheme, bool Faulted)
{
    /// <summary>True when the request carried an Authorization header.</summary>
    public bool HasAuthorization => AuthScheme is not null;

    /// <summary>A one-line description for assertion messages, e.g. <c>POST /repos/acme/site/releases -> 201</c>.</summary>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{Method} {Path}{Query} -> {(StatusCode == 0 ? "reset" : StatusCode)}{(Faulted ? " (fault)" : string.Empty)}");
}
