namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>How traffic moves to a new version once its slot is ready.</summary>
public enum SlotStrategy
{
    /// <summary>All at once: 100% to the new slot, validated through nginx; the old slot drains.</summary>
    BlueGreen,

    /// <summary>In weighted steps (for example 5%, 25%, 50%, 100%), with an analysis of both versions at each step.</summary>
    Canary,
}
