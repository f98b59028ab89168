using System.Text.Json;
using Liftoff.Validation;

namespace Liftoff.Core.Tests.Validation;

public sealed class JsonPathReaderTests
{
    private const string Body = """{"user":{"name":"alice","roles":["admin","dev"]},"items":[{"id":7}],"odd key":true,"n":null}""";

    [TestCase("$.user.name", "alice")]
    [TestCase("user.name", "alice")]
    [TestCase("$.user.roles[1]", "dev")]
    [TestCase("$.items[0].id", "7")]
    [TestCase("$['odd key']", "true")]
    [TestCase("$.n", "null")]
    [TestCase("$.user.roles", "[\"admin\",\"dev\"]")]
    public void Read_ExistingPath_ReturnsTheValueAsText(string path, string expected)
    {
        using var document = JsonDocument.Parse(Body);

        Assert.That(JsonPathReader.Read(document.RootElement, path), Is.EqualTo(expected));
    }

    [TestCase("$.user.age")]
    [TestCase("$.items[3].id")]
    [TestCase("$.user.name.first")]
    public void Read_MissingPath_IsNull(string path)
    {
        using var document = JsonDocument.Parse(Body);

        Assert.That(JsonPathReader.Read(document.RootElement, path), Is.Null);
    }

    [Test]
    public void Read_BodyNotJson_SaysSo()
    {
        Assert.That(JsonPathReader.Read("<html>", "$.a", out var problem), Is.Null);
        Assert.That(problem, Does.StartWith("the body is not JSON"));
    }

    [TestCase("$.a[x]")]
    [TestCase("$.a[0")]
    [TestCase("$..a")]
    public void Segments_Malformed_Throws(string path) =>
        Assert.That(() => JsonPathReader.Segments(path), Throws.TypeOf<FormatException>());
}
