using Liftoff.Records.Ledger;

namespace Liftoff.Deploy.Targets.NginxSlots;

/// <summary>
/// Puts what a slots target did into the deployment record: its traffic steps, and for an aborted canary the failing
/// verdict's values as measurements. Records of other targets come back unchanged.
/// </summary>
public static class SlotsRecords
{
    /// <summary>The record of a deploy that switched.</summary>
    public static DeploymentRecord With(DeploymentRecord record, SwitchResult switched)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(switched);
        return switched.Traffic.Count == 0 ? record : record with { Traffic = switched.Traffic };
    }

    /// <summary>The record of a deploy that failed with <paramref name="error"/>.</summary>
    public static DeploymentRecord With(DeploymentRecord record, Exception error)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (error is not CanaryAbortedException aborted)
        {
            return record;
        }

        var measurements = new Dictionary<string, double>(record.Measurements, StringComparer.Ordinal);
        foreach (var (key, value) in aborted.Values)
        {
            measurements[key] = value;
        }

        return record with { Traffic = aborted.Traffic, Measurements = measurements };
    }
}
