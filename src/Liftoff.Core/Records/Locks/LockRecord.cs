using System.Text.Json.Serialization;

namespace Liftoff.Records.Locks;

/// <summary>What a deploy lock holds: who took it, for which run, when, and for how long it may stand.</summary>
public sealed record LockRecord
{
    /// <summary>
    /// Unique per acquisition, so two acquisitions never produce the same commit: a create whose commit already sits
    /// under the ref would be "up to date" rather than rejected.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The environment the lock guards.</summary>
    public required string Environment { get; init; }

    /// <summary>The user who took it.</summary>
    public required string User { get; init; }

    /// <summary>The machine it was taken on.</summary>
    public required string Host { get; init; }

    /// <summary>The process that took it.</summary>
    [JsonPropertyName("pid")]
    public required int ProcessId { get; init; }

    /// <summary>The run that took it (a CI run id, or one made up for a local run).</summary>
    public required string RunId { get; init; }

    /// <summary>When it was taken.</summary>
    public required DateTimeOffset AcquiredAt { get; init; }

    /// <summary>How long it may stand before it is reported as stale.</summary>
    public required TimeSpan Ttl { get; init; }
}
