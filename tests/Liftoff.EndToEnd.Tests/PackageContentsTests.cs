using System.IO.Compression;
using System.Xml.Linq;

namespace Liftoff.EndToEnd.Tests;

/// <summary>What the packed nupkgs hold: the metadata every package carries, and Cake inside Liftoff.Cake.</summary>
[Category("EndToEnd")]
public sealed class PackageContentsTests
{
    [TestCase("Liftoff.Core")]
    [TestCase("Liftoff.Cake")]
    [TestCase("Liftoff.Templates")]
    public void Package_HasItsReadmeLicenceAuthorsAndTheNextVersionVersion(string id)
    {
        using var package = Open(id);
        var metadata = Metadata(package);

        Assert.That(Value(metadata, "version"), Is.EqualTo(PackagedLiftoff.Version));
        Assert.That(Value(metadata, "license"), Is.EqualTo("MIT"));
        Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value, Is.EqualTo("expression"));
        Assert.That(Value(metadata, "readme"), Is.EqualTo("README.md"));
        Assert.That(Value(metadata, "authors"), Is.EqualTo("Liftoff contributors"));
        Assert.That(package.GetEntry("README.md"), Is.Not.Null);
        Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"),
            "the commit it was built from");
    }

    [TestCase("Liftoff.Core")]
    [TestCase("Liftoff.Cake")]
    public void Library_HasXmlDocsAndASymbolPackage(string id)
    {
        using var package = Open(id);

        Assert.That(package.GetEntry($"lib/net10.0/{id}.dll"), Is.Not.Null);
        Assert.That(package.GetEntry($"lib/net10.0/{id}.xml"), Is.Not.Null);
        Assert.That(File.Exists(Path.Combine(PackagedLiftoff.Feed, $"{id}.{PackagedLiftoff.Version}.snupkg")), Is.True);
    }

    [Test]
    public void LiftoffCake_BundlesCakeCoreAndCommonWithCakesLicence()
    {
        using var package = Open("Liftoff.Cake");
        var metadata = Metadata(package);
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();

        Assert.That(package.GetEntry("lib/net10.0/Cake.Core.dll"), Is.Not.Null);
        Assert.That(package.GetEntry("lib/net10.0/Cake.Common.dll"), Is.Not.Null);
        Assert.That(package.GetEntry("lib/net10.0/Cake.Core.xml"), Is.Not.Null);
        using var licence = new StreamReader(package.GetEntry("licenses/Cake/LICENSE")!.Open());
        Assert.That(licence.ReadToEnd(), Does.Contain("MIT").And.Contain(".NET Foundation and Contributors"));
        Assert.That(dependencies, Does.Contain("Liftoff.Core").And.Contain("Microsoft.IdentityModel.JsonWebTokens"));
        Assert.That(dependencies, Has.None.StartsWith("Cake."), "no dependency on a Cake package the feed does not serve");
    }

    [Test]
    public void Templates_IsATemplatePackageWithTheSchemaAndItsOwnVersionInTheBuildProject()
    {
        using var package = Open("Liftoff.Templates");
        var metadata = Metadata(package);

        Assert.That(metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")?.Value, Is.EqualTo("Template"));
        Assert.That(package.GetEntry("content/liftoff/.template.config/template.json"), Is.Not.Null);
        Assert.That(package.GetEntry("content/liftoff/liftoff.schema.json"), Is.Not.Null);
        using var project = new StreamReader(package.GetEntry("content/liftoff/build/Build.csproj")!.Open());
        Assert.That(project.ReadToEnd(), Does.Contain($"Version=\"{PackagedLiftoff.Version}\""));
    }

    private static ZipArchive Open(string id) =>
        ZipFile.OpenRead(Path.Combine(PackagedLiftoff.Feed, $"{id}.{PackagedLiftoff.Version}.nupkg"));

    private static XElement Metadata(ZipArchive package)
    {
        var nuspec = package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
