using Cake.Core.Diagnostics;
using Liftoff.Cake.CommandLine;
using Liftoff.Diagnostics;

namespace Liftoff.Cake.Tests.CommandLine;

public sealed class CommandLineParserTests
{
    [Test]
    public void Parse_NoArguments_TargetsDefault()
    {
        var parsed = CommandLineParser.Parse([]);

        Assert.That(parsed.Targets, Is.EqualTo(new[] { "Default" }));
        Assert.That(parsed.Verbosity, Is.Null);
    }

    [TestCase("--target=Deploy-Production")]
    [TestCase("--target", "Deploy-Production")]
    [TestCase("-t", "Deploy-Production")]
    [TestCase("-t=Deploy-Production")]
    public void Parse_TargetForms_AllGiveTheTarget(params string[] args)
    {
        Assert.That(CommandLineParser.Parse(args).Targets, Is.EqualTo(new[] { "Deploy-Production" }));
    }

    [Test]
    public void Parse_Switches_AreSetAndDoNotSwallowTheNextToken()
    {
        var parsed = CommandLineParser.Parse(["--dryrun", "--exclusive", "--target=A", "--tree", "--description", "--version"]);

        Assert.That(parsed, Has.Property(nameof(ParsedCommandLine.DryRun)).True
            .And.Property(nameof(ParsedCommandLine.Exclusive)).True
            .And.Property(nameof(ParsedCommandLine.Tree)).True
            .And.Property(nameof(ParsedCommandLine.Description)).True
            .And.Property(nameof(ParsedCommandLine.Version)).True);
        Assert.That(parsed.Targets, Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Parse_VerbosityAndWorking_AreRead()
    {
        var parsed = CommandLineParser.Parse(["--verbosity=diagnostic", "--working=/tmp/x"]);

        Assert.That(parsed.Verbosity, Is.EqualTo(Verbosity.Diagnostic));
        Assert.That(parsed.WorkingDirectory, Is.EqualTo("/tmp/x"));
    }

    [Test]
    public void Parse_RepeatedTarget_KeepsEachInOrder()
    {
        Assert.That(CommandLineParser.Parse(["--target=A", "--target=B"]).Targets, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Parse_OtherArguments_KeptCaseInsensitivelyWithValuesContainingEquals()
    {
        var parsed = CommandLineParser.Parse(["--Filter=Category=Slow", "--flag"]);

        Assert.That(parsed.Arguments["filter"], Is.EqualTo(new[] { "Category=Slow" }));
        Assert.That(parsed.Arguments["flag"], Is.EqualTo(new[] { "true" }));
    }

    [Test]
    public void Parse_FlagSetToFalse_IsOff()
    {
        Assert.That(CommandLineParser.Parse(["--dryrun=false"]).DryRun, Is.False);
    }

    [TestCase("stray", "Bad argument 'stray': expected --name=value, --name value or --flag.")]
    [TestCase("--=x", "Bad argument '--=x': the argument has no name.")]
    [TestCase("--verbosity=loud", "Bad argument '--verbosity=loud': expected quiet, minimal, normal, verbose or diagnostic.")]
    public void Parse_BadArgument_ThrowsNamingIt(string token, string message)
    {
        var error = Assert.Throws<LiftoffException>(() => CommandLineParser.Parse([token]));

        Assert.That(error!.Message, Is.EqualTo("LIFTOFF0002: " + message));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }
}
