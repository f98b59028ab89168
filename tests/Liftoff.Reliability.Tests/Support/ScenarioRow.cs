using System.Text.Json.Serialization;

namespace Liftoff.Reliability.Tests.Support;

/// <summary>One scenario's line in the results file and in the table <c>--target=Reliability</c> prints.</summary>
/// <param name="Scenario">For example <c>R1 crash: Deploy-Production</c>.</param>
/// <param name="Trials">How many trials ran.</param>
/// <param name="Held">How many held every property checked.</param>
/// <param name="Failed">How many broke one.</param>
/// <param name="Figure">What was measured, in a few words (kill phases, retries, cases…).</param>
/// <param name="Full">Whether the full trial counts were used.</param>
public sealed record ScenarioRow(
    [property: JsonPropertyName("scenario")] string Scenario,
    [property: JsonPropertyName("trials")] int Trials,
    [property: JsonPropertyName("held")] int Held,
    [property: JsonPropertyName("failed")] int Failed,
    [property: JsonPropertyName("figure")] string Figure,
    [property: JsonPropertyName("full")] bool Full);
