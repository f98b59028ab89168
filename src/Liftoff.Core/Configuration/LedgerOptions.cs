using System.ComponentModel;

namespace Liftoff.Configuration;

/// <summary>The <c>ledger</c> section: the record of what went where, kept as a git ref.</summary>
public sealed class LedgerOptions
{
    /// <summary>The ref the ledger is kept in. Default <c>refs/liftoff/ledger</c>.</summary>
    [Description("The ref the ledger is kept in.")]
    public string Ref { get; set; } = "refs/liftoff/ledger";

    /// <summary>The remote the ledger is pushed to. Default <c>origin</c>.</summary>
    [Description("The remote the ledger is pushed to.")]
    public string Remote { get; set; } = "origin";

    /// <summary>Whether each deploy is mirrored to the GitHub Deployments API when a token is present. Default true.</summary>
    [Description("Whether each deploy is mirrored to the GitHub Deployments API when a token is present.")]
    public bool MirrorToGitHub { get; set; } = true;
}
