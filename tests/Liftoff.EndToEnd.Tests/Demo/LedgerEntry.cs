using System.Text.Json;
using Liftoff.TestSupport.Processes;

namespace Liftoff.EndToEnd.Demo;

/// <summary>
/// The deployment ledger as it sits in a bare origin, read with plain git and JSON rather than with Liftoff's own
/// reader, so that the end-to-end tests check the stored format too: each commit of <c>refs/liftoff/ledger</c> holds a
/// one-line summary, a blank line and one record as JSON (camelCase, outcomes and verdicts in kebab-case).
/// </summary>
public sealed record LedgerEntry(
    string Environment,
    string Outcome,
    string Version,
    string? Commit,
    string? ArtifactSha256,
    string? RolledBackFrom,
    string? RolledBackTo,
    IReadOnlyDictionary<string, double>? Measurements,
    IReadOnlyList<string>? Findings,
    IReadOnlyList<LedgerWaiver>? Waivers,
    IReadOnlyList<LedgerGate>? Gates,
    IReadOnlyList<LedgerTrafficStep>? Traffic)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every record, newest first.</summary>
    public static async Task<IReadOnlyList<LedgerEntry>> ReadAsync(string bareOrigin)
    {
        var log = await ProcessRunner.RunAsync("git", ["--git-dir", bareOrigin, "log", "--format=%B%x00", "refs/liftoff/ledger"]);
        return [.. log.EnsureSuccess().StdOut.Split('\0', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(message => JsonSerializer.Deserialize<LedgerEntry>(message[(message.IndexOf("\n\n", StringComparison.Ordinal) + 2)..], Json)!)];
    }
}
