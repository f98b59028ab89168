using System.Text.Json;
using Liftoff.Diagnostics;

namespace Liftoff.Gates.Security;

/// <summary>
/// An offline advisory file in the OSV format (https://ossf.github.io/osv-schema/), as air-gapped users export it: an
/// array of advisories or an object with <c>vulns</c>. Each advisory is matched against resolved packages by its
/// <c>affected[].package</c> (ecosystem and name) and either its explicit <c>versions</c> or its <c>ranges</c>
/// (introduced / fixed / last_affected events). The severity comes from <c>database_specific.severity</c>, as GitHub's
/// advisories export it.
/// </summary>
public sealed class OsvAdvisories
{
    private readonly List<Advisory> _advisories;

    private OsvAdvisories(List<Advisory> advisories) => _advisories = advisories;

    /// <summary>How many advisories the file holds.</summary>
    public int Count => _advisories.Count;

    /// <summary>Reads an OSV file.</summary>
    /// <exception cref="LiftoffException">The file is missing or not OSV JSON.</exception>
    public static OsvAdvisories Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LiftoffException(DiagnosticCodes.AdvisoryFileUnreadable, ExitCodes.TaskFailed,
                $"Cannot read the advisory file '{path}' (gates.security.advisoryFile): {error.Message}", error);
        }
    }

    /// <summary>Parses OSV JSON text.</summary>
    /// <exception cref="JsonException">The text is not OSV JSON.</exception>
    public static OsvAdvisories Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        IEnumerable<JsonElement> list = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray()
            : root.Property("vulns") is { ValueKind: JsonValueKind.Array } vulns ? vulns.EnumerateArray()
            : root.Property("id") is not null ? [root]
            : throw new JsonException("expected an array of advisories, an object with 'vulns', or one advisory");
        var advisories = new List<Advisory>();
        foreach (var vuln in list)
        {
            var id = vuln.String("id") ?? throw new JsonException("an advisory has no 'id'");
            var severity = SecurityFinding.ParseSeverity(vuln.Property("database_specific")?.String("severity"));
            var affected = vuln.Array("affected").Select(ReadAffected).ToList();
            advisories.Add(new Advisory(id, severity, affected));
        }

        return new OsvAdvisories(advisories);
    }

    /// <summary>The advisories that affect any of the packages.</summary>
    public IReadOnlyList<SecurityFinding> Match(IEnumerable<ResolvedPackage> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var findings = new List<SecurityFinding>();
        foreach (var package in packages)
        {
            foreach (var advisory in _advisories.Where(advisory => advisory.Affected.Any(affected => affected.Covers(package))))
            {
                findings.Add(new SecurityFinding(advisory.Id, package.Name, package.Version, advisory.Severity, "osv"));
            }
        }

        return findings.Distinct().ToList();
    }

    private static Affected ReadAffected(JsonElement affected)
    {
        var package = affected.Property("package");
        var events = affected.Array("ranges")
            .Where(range => !string.Equals(range.String("type"), "GIT", StringComparison.OrdinalIgnoreCase))
            .Select(range => range.Array("events").Select(e => e.EnumerateObject().Select(p => (p.Name, p.Value.GetString() ?? "")).FirstOrDefault()).ToList())
            .ToList();
        return new Affected(
            package?.String("ecosystem") ?? "",
            package?.String("name") ?? "",
            affected.Array("versions").Select(version => version.GetString() ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase),
            events);
    }

    private sealed record Advisory(string Id, Configuration.Severity? Severity, IReadOnlyList<Affected> Affected);

    private sealed record Affected(string Ecosystem, string Name, HashSet<string> Versions, List<List<(string Kind, string Version)>> Ranges)
    {
        public bool Covers(ResolvedPackage package)
        {
            // NuGet names are case-insensitive; npm names are lower-case already, so one comparison serves both.
            if (!Ecosystem.Equals(package.Ecosystem, StringComparison.OrdinalIgnoreCase) || !Name.Equals(package.Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return Versions.Contains(package.Version) || Ranges.Any(events => InRange(events, package.Version));
        }

        // OSV events, sorted by version, open and close affected intervals: introduced opens, fixed closes before
        // itself, last_affected closes after itself. "0" means from the beginning.
        private static bool InRange(List<(string Kind, string Version)> events, string version)
        {
            var affected = false;
            foreach (var (kind, at) in events.OrderBy(e => e.Version == "0" ? "" : e.Version, Comparer<string>.Create(PackageVersion.Compare)))
            {
                var order = at == "0" ? 1 : PackageVersion.Compare(version, at);
                switch (kind)
                {
                    case "introduced" when order >= 0:
                        affected = true;
                        break;
                    case "fixed" when order >= 0:
                    case "last_affected" when order > 0:
                        affected = false;
                        break;
                }
            }

            return affected;
        }
    }
}
