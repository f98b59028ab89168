namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// What the two slots run and how traffic is split, as the state file next to the upstream file records it. It
/// outlives the Cake run: the next deploy, a rollback, <c>Abort-&lt;Env&gt;</c> and <c>Promote-&lt;Env&gt;</c> start from it.
/// </summary>
public sealed record SlotsState
{
    /// <summary>The slot that takes the stable traffic; null before the first deploy.</summary>
    public SlotName? Live { get; init; }

    /// <summary>The blue slot.</summary>
    public SlotState Blue { get; init; } = new();

    /// <summary>The green slot.</summary>
    public SlotState Green { get; init; } = new();

    /// <summary>The canary in progress, or the last one while its deploy has not seen how it ended; null otherwise.</summary>
    public CanaryState? Canary { get; init; }

    /// <summary>When the state was last written.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>One slot's state.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SlotState this[SlotName slot] => slot == SlotName.Blue ? Blue : Green;

    /// <summary>A copy with <paramref name="slot"/> replaced.</summary>
    public SlotsState With(SlotName slot, SlotState state) => slot == SlotName.Blue ? this with { Blue = state } : this with { Green = state };

    /// <summary>A copy with each slot's weight set: <paramref name="slot"/> gets <paramref name="percent"/>, the other the rest.</summary>
    public SlotsState WithWeights(SlotName slot, int percent) =>
        With(slot, this[slot] with { Weight = percent }).With(slot.Other(), this[slot.Other()] with { Weight = 100 - percent });

    /// <summary>True while a canary is between its first step and its end.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool CanaryRunning => Canary is { Phase: CanaryPhase.Running };
}

/// <summary>One slot: the version it holds, its process and its share of the traffic.</summary>
public sealed record SlotState
{
    /// <summary>The version last started in the slot (kept after a stop, so a rollback can start it again).</summary>
    public string? Version { get; init; }

    /// <summary>That version's marker.</summary>
    public Artifacts.VersionMarker? Marker { get; init; }

    /// <summary>The artifact archive the version was started from.</summary>
    public string? Artifact { get; init; }

    /// <summary>The folder the artifact was extracted into, <c>{release}</c>.</summary>
    public string? Release { get; init; }

    /// <summary>The process id of the slot's process group leader (started with <c>setsid</c>); null when stopped.</summary>
    public int? ProcessId { get; init; }

    /// <summary>True while the slot's process is meant to run.</summary>
    public bool Running { get; init; }

    /// <summary>The slot's share of the traffic, 0 to 100; 0 is written as <c>down</c>.</summary>
    public int Weight { get; init; }

    /// <summary>When the slot's process was started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>For a slot that lost its traffic: until when it keeps running so a rollback is instant.</summary>
    public DateTimeOffset? DrainUntil { get; init; }
}

/// <summary>A canary: which slot and version, how far it got, and how it ended.</summary>
public sealed record CanaryState
{
    /// <summary>The canary's slot.</summary>
    public required SlotName Slot { get; init; }

    /// <summary>The canary's version.</summary>
    public required string Version { get; init; }

    /// <summary>The version the canary is compared with.</summary>
    public string? StableVersion { get; init; }

    /// <summary>Running, aborted or promoted.</summary>
    public CanaryPhase Phase { get; init; }

    /// <summary>The canary's current share of the traffic, in percent.</summary>
    public int Percent { get; init; }

    /// <summary>When the canary started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Who ended it by hand (<c>Abort-&lt;Env&gt;</c> or <c>Promote-&lt;Env&gt;</c>), if anyone.</summary>
    public string? By { get; init; }

    /// <summary>Why it was aborted.</summary>
    public string? Reason { get; init; }
}

/// <summary>Where a canary is.</summary>
public enum CanaryPhase
{
    /// <summary>Stepping up, with analysis at each step.</summary>
    Running,

    /// <summary>Sent back to 0%, its slot stopped; the stable version serves everything.</summary>
    Aborted,

    /// <summary>Sent to 100% before its last step, by <c>Promote-&lt;Env&gt;</c>.</summary>
    Promoted,
}
