namespace Liftoff.Configuration.Model;

/// <summary>Configuration keys use <c>:</c> (Microsoft.Extensions.Configuration); messages and printers use dots.</summary>
internal static class ConfigurationPaths
{
    public static string ToDisplay(string key) => key.Replace(':', '.');

    public static string Combine(string parent, string child) => parent.Length == 0 ? child : parent + ":" + child;
}
