using System.Globalization;
using Liftoff.Configuration;

namespace Liftoff.Gates.Security;

/// <summary>
/// The allowlist on a given day: which advisory IDs are accepted, and which entries are expired or malformed. An
/// entry is good through its expiry date; from the next day it fails the gate, matched or not, so that an old
/// acceptance is looked at again rather than quietly kept.
/// </summary>
internal sealed class AllowlistCheck
{
    private readonly HashSet<string> _accepted = new(StringComparer.OrdinalIgnoreCase);

    public AllowlistCheck(IEnumerable<AllowlistEntry> entries, DateOnly today)
    {
        foreach (var entry in entries)
        {
            if (!DateOnly.TryParseExact(entry.Expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
            {
                Problems.Add($"allowlist entry {entry.Id} has expires '{entry.Expires}', expected a yyyy-MM-dd date");
            }
            else if (expires < today)
            {
                Problems.Add($"allowlist entry {entry.Id} expired on {entry.Expires} ({entry.Reason}); fix the advisory or renew the entry with a reason");
            }
            else if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                Problems.Add($"allowlist entry {entry.Id} has no reason; every accepted advisory needs one");
            }
            else
            {
                _accepted.Add(entry.Id);
            }
        }
    }

    public List<string> Problems { get; } = [];

    public bool Accepts(SecurityFinding finding) => _accepted.Contains(finding.Id);
}
