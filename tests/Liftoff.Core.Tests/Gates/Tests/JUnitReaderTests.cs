using Liftoff.Diagnostics;
using Liftoff.Testing;
using Liftoff.TestSupport;

namespace Liftoff.Core.Tests.Gates.Tests;

public sealed class JUnitReaderTests
{
    [Test]
    public void Read_JestStyleTestsuites_CountsEachTestcase()
    {
        var summary = JUnitReader.Read(TestsGateTests.Fixture("failing.junit.xml"));

        Assert.That(summary, Is.EqualTo(new TestRunSummary(Passed: 2, Failed: 1, Skipped: 0)));
    }

    [Test]
    public void Read_ErrorsSkipsAndNestedSuites_CountsErrorsAsFailures()
    {
        using var folder = TempDirectory.Create("junit");
        var path = folder.WriteFile("pytest.xml", """
            <testsuite name="outer">
              <testsuite name="inner">
                <testcase name="a"/>
                <testcase name="b"><error message="boom"/></testcase>
                <testcase name="c"><skipped/></testcase>
              </testsuite>
              <testcase name="d"><system-out>noise</system-out></testcase>
            </testsuite>
            """);

        Assert.That(JUnitReader.Read(path), Is.EqualTo(new TestRunSummary(2, 1, 1)));
    }

    [Test]
    public void TryRead_OtherXml_IsNullSoCoverageReportsAreNotCounted()
    {
        using var folder = TempDirectory.Create("junit");
        var path = folder.WriteFile("coverage.cobertura.xml", "<coverage line-rate=\"1\"/>");

        Assert.That(JUnitReader.TryRead(path), Is.Null);
        Assert.That(Assert.Throws<LiftoffException>(() => JUnitReader.Read(path))!.Message, Does.Contain("is not a JUnit file"));
    }

    [Test]
    public void Read_Malformed_ThrowsNamingTheFile()
    {
        using var folder = TempDirectory.Create("junit");
        var path = folder.WriteFile("broken.xml", "<testsuites><testcase>");

        var error = Assert.Throws<LiftoffException>(() => JUnitReader.TryRead(path));

        Assert.That(error!.Message, Does.StartWith($"LIFTOFF0101: Cannot read test results '{path}'"));
    }
}
