namespace Liftoff.Artifacts;

/// <summary>The totals over every file in an artifact, for budgets and the run summary.</summary>
/// <param name="Files">How many files.</param>
/// <param name="Bytes">Their summed size, uncompressed.</param>
public sealed record ManifestTotals(int Files, long Bytes);
