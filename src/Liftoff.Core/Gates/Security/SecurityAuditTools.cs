using System.Text.Json;
using Liftoff.Gates.Tests;

namespace Liftoff.Gates.Security;

/// <summary>Runs an audit tool (dotnet, npm) and returns what it wrote. A seam so tests can replay recorded output.</summary>
public interface IAuditToolRunner
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    Task<GateProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken);
}

/// <summary>Answers whether a NuGet source publishes vulnerability data. A seam so tests need not reach a feed.</summary>
public interface IAdvisoryDataProbe
{
    /// <summary>Null when the source has vulnerability data; otherwise why not.</summary>
    Task<string?> MissingVulnerabilityDataAsync(string source, CancellationToken cancellationToken);
}

/// <summary>The tools the security gate uses; the defaults run the real programs and ask the real feeds.</summary>
public sealed class SecurityAuditTools
{
    /// <summary>How audit tools are run. Default: the real programs, killed after ten minutes.</summary>
    public IAuditToolRunner Runner { get; init; } = new ProcessAuditToolRunner(TimeSpan.FromMinutes(10));

    /// <summary>How a NuGet source's vulnerability data is checked. Default: its service index.</summary>
    public IAdvisoryDataProbe Probe { get; init; } = new NuGetServiceIndexProbe();
}

/// <summary>Runs the real programs.</summary>
public sealed class ProcessAuditToolRunner(TimeSpan timeout) : IAuditToolRunner
{
    /// <inheritdoc />
    public Task<GateProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken) =>
        GateProcess.RunAsync(program, arguments, workingDirectory, timeout, cancellationToken);
}

/// <summary>
/// Reads a NuGet v3 service index and looks for a <c>VulnerabilityInfo</c> resource. Without one, NuGet's audit
/// (and so <c>dotnet list package --vulnerable</c>) silently reports nothing, the false negative seen on the mirror
/// here. A folder source, or a source that cannot be read, has no vulnerability data either.
/// </summary>
public sealed class NuGetServiceIndexProbe : IAdvisoryDataProbe
{
    // One client for the process, as HttpClient is meant to be used; the gate asks each source once per run.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <inheritdoc />
    public async Task<string?> MissingVulnerabilityDataAsync(string source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"{source} is a folder source, which has no vulnerability data";
        }

        try
        {
            using var response = await Http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return $"{source} answered {(int)response.StatusCode} for its service index";
            }

            using var document = await JsonDocument.ParseAsync(
                await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            var types = document.RootElement.Array("resources").Select(resource => resource.String("@type") ?? "");
            return types.Any(type => type.StartsWith("VulnerabilityInfo", StringComparison.OrdinalIgnoreCase))
                ? null
                : $"{source} has no VulnerabilityInfo resource in its service index, so NuGet cannot know any vulnerability";
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"{source} could not be asked for its service index: {error.Message}";
        }
    }
}
