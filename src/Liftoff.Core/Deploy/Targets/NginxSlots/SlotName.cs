namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>The two slots a service runs in. Traffic moves between them; a new version always starts in the idle one.</summary>
public enum SlotName
{
    /// <summary>The slot on <see cref="NginxSlotsOptions.BluePort"/>.</summary>
    Blue,

    /// <summary>The slot on <see cref="NginxSlotsOptions.GreenPort"/>.</summary>
    Green,
}

/// <summary>Helpers for <see cref="SlotName"/>.</summary>
public static class SlotNames
{
    /// <summary>The other slot.</summary>
    public static SlotName Other(this SlotName slot) => slot == SlotName.Blue ? SlotName.Green : SlotName.Blue;

    /// <summary>The slot's name as <c>{slot}</c>, file names and the ledger write it: <c>blue</c> or <c>green</c>.</summary>
    public static string Key(this SlotName slot) => slot == SlotName.Blue ? "blue" : "green";

    /// <summary>Reads <c>blue</c> or <c>green</c>, case-insensitively.</summary>
    /// <exception cref="ArgumentException">Neither.</exception>
    public static SlotName Parse(string text) =>
        Enum.TryParse<SlotName>(text, ignoreCase: true, out var slot) && Enum.IsDefined(slot)
            ? slot
            : throw new ArgumentException($"'{text}' is not a slot; expected blue or green", nameof(text));
}
