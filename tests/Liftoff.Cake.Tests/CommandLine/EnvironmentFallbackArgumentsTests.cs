using Liftoff.Cake.CommandLine;

namespace Liftoff.Cake.Tests.CommandLine;

public sealed class EnvironmentFallbackArgumentsTests
{
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["LIFTOFF_SKIP_PROMOTION_CHECK"] = "true",
        ["LIFTOFF_CHANNEL"] = "env",
        ["PATH"] = "/usr/bin",
    };

    [Test]
    public void GetArguments_GivenOnCommandLine_CommandLineWins()
    {
        var arguments = Create(["--channel=cli"]);

        Assert.That(arguments.GetArguments("channel"), Is.EqualTo(new[] { "cli" }));
    }

    [Test]
    public void GetArguments_NotOnCommandLine_ReadsPrefixedVariableWithHyphensAsUnderscores()
    {
        var arguments = Create([]);

        Assert.That(arguments.HasArgument("skip-promotion-check"), Is.True);
        Assert.That(arguments.GetArguments("skip-promotion-check"), Is.EqualTo(new[] { "true" }));
    }

    [Test]
    public void HasArgument_UnprefixedVariable_IsNotAnArgument()
    {
        Assert.That(Create([]).HasArgument("path"), Is.False);
    }

    private static EnvironmentFallbackArguments Create(string[] args) =>
        new(CommandLineParser.Parse(args).Arguments, name => Environment.GetValueOrDefault(name));
}
