using Liftoff.Validation.Prometheus;

namespace Liftoff.Core.Tests.Validation;

public sealed class PrometheusTextParserTests
{
    [Test]
    public void Parse_HelpTypeAndSamples_ReadsEverything()
    {
        var document = PrometheusTextParser.Parse("""
            # HELP http_requests_total The total number of HTTP requests.
            # TYPE http_requests_total counter
            http_requests_total{method="post",code="200"} 1027 1395066363000
            http_requests_total{method="post",code="400"}    3 1395066363000
            """);

        Assert.That(document.Samples, Has.Count.EqualTo(2));
        Assert.That(document.Types["http_requests_total"], Is.EqualTo("counter"));
        Assert.That(document.Help["http_requests_total"], Is.EqualTo("The total number of HTTP requests."));
        Assert.That(document.Samples[1].Labels["code"], Is.EqualTo("400"));
        Assert.That(document.Samples[1].Value, Is.EqualTo(3));
    }

    [Test]
    public void Parse_Timestamp_IsKeptInMilliseconds()
    {
        var sample = PrometheusTextParser.Parse("metric_without_labels 12.47 1395066363000\n").Samples.Single();

        Assert.That(sample.TimestampMilliseconds, Is.EqualTo(1395066363000L));
        Assert.That(sample.Value, Is.EqualTo(12.47));
        Assert.That(sample.Labels, Is.Empty);
    }

    [Test]
    public void Parse_NoTimestamp_IsNull() =>
        Assert.That(PrometheusTextParser.Parse("up 1").Samples.Single().TimestampMilliseconds, Is.Null);

    [Test]
    public void Parse_EscapedLabelValues_AreUnescaped()
    {
        var sample = PrometheusTextParser.Parse("msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\",error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9").Samples.Single();

        Assert.That(sample.Labels["path"], Is.EqualTo(@"C:\DIR\FILE.TXT"));
        Assert.That(sample.Labels["error"], Is.EqualTo("Cannot find file:\n\"FILE.TXT\""));
        Assert.That(sample.Value, Is.EqualTo(1.458255915e9));
    }

    [Test]
    public void Parse_BracesAndCommasInsideQuotes_DoNotEndTheLabels()
    {
        var sample = PrometheusTextParser.Parse("m{a=\"x},y\",b=\"{z}\"} 2").Samples.Single();

        Assert.That(sample.Labels["a"], Is.EqualTo("x},y"));
        Assert.That(sample.Labels["b"], Is.EqualTo("{z}"));
    }

    [TestCase("+Inf", double.PositiveInfinity)]
    [TestCase("-Inf", double.NegativeInfinity)]
    [TestCase("NaN", double.NaN)]
    [TestCase("-3e-2", -0.03)]
    public void Parse_SpecialValues_AreRead(string text, double expected) =>
        Assert.That(PrometheusTextParser.Parse($"h_bucket{{le=\"+Inf\"}} {text}").Samples.Single().Value, Is.EqualTo(expected));

    [Test]
    public void Parse_OtherCommentsBlankLinesAndCrLf_AreIgnored()
    {
        var document = PrometheusTextParser.Parse("# just a comment\r\n\r\n  \nup 1\r\n#TYPE up gauge\n");

        Assert.That(document.Samples.Single().Name, Is.EqualTo("up"));
        Assert.That(document.Types["up"], Is.EqualTo("gauge"));
    }

    [Test]
    public void Parse_TrailingCommaInLabels_IsAccepted() =>
        Assert.That(PrometheusTextParser.Parse("m{a=\"1\",} 5").Samples.Single().Labels["a"], Is.EqualTo("1"));

    [TestCase("m{a=\"1\" 5", "line 1: expected , or } after a label")]
    [TestCase("m{a=\"1} 5", "line 1: unterminated label value")]
    [TestCase("m{a=1} 5", "line 1: expected a quoted label value")]
    [TestCase("m 12abc", "line 1: bad value '12abc'")]
    [TestCase("m", "line 1: expected a value")]
    [TestCase("ok 1\nm 1 soon", "line 2: bad timestamp 'soon'")]
    [TestCase("{a=\"1\"} 1", "line 1: expected a metric name")]
    public void Parse_Malformed_ThrowsNamingTheLine(string text, string message) =>
        Assert.That(() => PrometheusTextParser.Parse(text), Throws.TypeOf<PrometheusFormatException>().With.Message.StartsWith(message));

    [Test]
    public void Selector_RegexMatcher_IsAnchoredAndSums()
    {
        var document = PrometheusTextParser.Parse("r_total{code=\"500\"} 2\nr_total{code=\"503\"} 3\nr_total{code=\"1500\"} 7\nr_total{code=\"200\"} 90");

        Assert.That(MetricSelector.Parse("r_total{code=~\"5..\"}").Sum(document), Is.EqualTo(5));
        Assert.That(MetricSelector.Parse("r_total{code!~\"5..\"}").Sum(document), Is.EqualTo(97));
        Assert.That(MetricSelector.Parse("r_total{code!=\"200\"}").Sum(document), Is.EqualTo(12));
        Assert.That(MetricSelector.Parse("r_total").Sum(document), Is.EqualTo(102));
    }

    [Test]
    public void Selector_CounterNamedWithoutTotal_MatchesTheTotalSeries() =>
        Assert.That(MetricSelector.Parse("r").Sum(PrometheusTextParser.Parse("r_total 4")), Is.EqualTo(4));

    [Test]
    public void Selector_MissingMetric_IsNullNotZero() =>
        Assert.That(MetricSelector.Parse("absent_total").Sum(PrometheusTextParser.Parse("present_total 4")), Is.Null);

    [Test]
    public void Selector_NaNSeries_IsIgnoredInTheSum() =>
        Assert.That(MetricSelector.Parse("m").Sum(PrometheusTextParser.Parse("m{a=\"1\"} NaN\nm{a=\"2\"} 3")), Is.EqualTo(3));

    [TestCase("")]
    [TestCase("bad name")]
    [TestCase("m{code~\"5\"}")]
    [TestCase("m{code=5}")]
    [TestCase("m{code=~\"(\"}")]
    public void Selector_Malformed_Throws(string text) =>
        Assert.That(() => MetricSelector.Parse(text), Throws.InstanceOf<ArgumentException>().Or.InstanceOf<FormatException>());
}
