using System.Globalization;
using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Promotion;

/// <summary>
/// The <c>Check-Staging</c> question: did the environment before this one validate this exact archive (by sha256),
/// according to the ledger? When it did not, the explanation says where the artifact has been and what the source
/// environment runs instead, so the fix is obvious.
/// </summary>
public static class PromotionCheck
{
    /// <summary>Evaluates promotion of an archive into <paramref name="environment"/>.</summary>
    /// <param name="newestFirst">The ledger's records, newest first.</param>
    /// <param name="environment">The environment being deployed.</param>
    /// <param name="promotesFrom">The environment that must have validated the archive; null for none.</param>
    /// <param name="artifact">The artifact's identity, for example <c>site-1.5.0</c>.</param>
    /// <param name="archiveSha256">The archive's sha256.</param>
    public static PromotionVerdict Evaluate(
        IReadOnlyList<DeploymentRecord> newestFirst, string environment, string? promotesFrom, string artifact, string archiveSha256)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(archiveSha256);
        var described = string.Create(CultureInfo.InvariantCulture, $"{artifact} (sha256 {Abbreviate(archiveSha256)})");
        if (string.IsNullOrWhiteSpace(promotesFrom))
        {
            return new PromotionVerdict(true, null, $"{environment} promotes from no environment; {described} may go in directly");
        }

        if (LedgerQueries.HasValidated(newestFirst, promotesFrom, archiveSha256))
        {
            return new PromotionVerdict(true, promotesFrom, $"{described} was validated in {promotesFrom}");
        }

        var where = newestFirst
            .Where(record => string.Equals(record.ArtifactSha256, archiveSha256, StringComparison.OrdinalIgnoreCase))
            .GroupBy(record => record.Environment, StringComparer.OrdinalIgnoreCase)
            .Select(group => $"{group.Key} ({Kebab(group.First().Outcome)})")
            .ToList();
        var seen = where.Count == 0 ? "the ledger has no record of it anywhere" : "the ledger has it in " + string.Join(", ", where);
        var current = LedgerQueries.Current(newestFirst, promotesFrom);
        var source = current is null
            ? $"{promotesFrom} has no deployment recorded"
            : string.Create(CultureInfo.InvariantCulture, $"{promotesFrom} runs {current.Version} ({Kebab(current.Outcome)}, sha256 {Abbreviate(current.ArtifactSha256)})");
        var validate = "Validate-" + char.ToUpperInvariant(promotesFrom[0]) + promotesFrom[1..];
        return new PromotionVerdict(false, promotesFrom,
            $"{described} has not been validated in {promotesFrom}, which {environment} promotes from: {seen}; {source}. " +
            $"Deploy it to {promotesFrom} and run {validate} first, or pass --skip-promotion-check --reason=\"...\" (recorded as a waiver).");
    }

    /// <summary>The first 12 characters of a sha256, or <c>?</c> when there is none.</summary>
    public static string Abbreviate(string? sha256) => string.IsNullOrEmpty(sha256) ? "?" : sha256[..Math.Min(12, sha256.Length)];

    /// <summary>The outcome as the ledger writes it: <c>deployed</c>, <c>validated</c>, <c>failed</c>, <c>rolled-back</c>.</summary>
    public static string Kebab(DeploymentOutcome outcome) => outcome switch
    {
        DeploymentOutcome.Deployed => "deployed",
        DeploymentOutcome.Validated => "validated",
        DeploymentOutcome.Failed => "failed",
        DeploymentOutcome.RolledBack => "rolled-back",
        _ => outcome.ToString(),
    };
}
