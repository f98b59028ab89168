using System.Globalization;
using System.Text;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// The upstream file's text: one <c>server</c> line per slot, inside the user's own <c>upstream</c> block. nginx has
/// no weight 0, so a slot without traffic (or without a process) is written <c>down</c>: nginx keeps it in the
/// upstream but sends it nothing.
/// </summary>
internal static class UpstreamText
{
    public static string Render(SlotsState state, NginxSlotsOptions options)
    {
        var text = new StringBuilder()
            .Append("# Written by Liftoff for the nginx-slots target of ").Append(options.Environment).Append('.')
            .Append(" Do not edit: every deploy, rollback, abort and promote rewrites it.\n");
        foreach (var slot in new[] { SlotName.Blue, SlotName.Green })
        {
            var current = state[slot];
            var weight = current.Running ? current.Weight : 0;
            text.Append(CultureInfo.InvariantCulture, $"server 127.0.0.1:{options.PortOf(slot)}")
                .Append(weight > 0 ? string.Create(CultureInfo.InvariantCulture, $" weight={weight};") : " down;")
                .Append(CultureInfo.InvariantCulture, $" # {slot.Key()}: {current.Version ?? "empty"}, {weight}%\n");
        }

        return text.ToString();
    }
}
