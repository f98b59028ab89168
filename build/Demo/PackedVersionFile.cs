using System.Xml.Linq;

namespace Build.Demo;

/// <summary>
/// The version of the packages a previous Pack wrote, from the <c>Liftoff.Version.props</c> it leaves beside them, so
/// that <c>./build.sh --target=Demo --exclusive</c> can demo those packages without packing again.
/// </summary>
internal static class PackedVersionFile
{
    public static string? Read(string packages)
    {
        var path = Path.Combine(packages, "Liftoff.Version.props");
        return File.Exists(path)
            ? XDocument.Load(path).Descendants().FirstOrDefault(element => element.Name.LocalName == "LiftoffVersion")?.Value.Trim()
            : null;
    }
}
