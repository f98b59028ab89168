namespace Liftoff.Deploy.Promotion;

/// <summary>Whether an artifact may enter an environment, and a sentence saying what is where.</summary>
/// <param name="Allowed">True when the environment promotes from nowhere, or the source validated this exact archive.</param>
/// <param name="Source">The environment it is promoted from, or null.</param>
/// <param name="Explanation">For people: the verdict and what runs where.</param>
public sealed record PromotionVerdict(bool Allowed, string? Source, string Explanation);
