using System.Text.RegularExpressions;

namespace Liftoff.Validation.Prometheus;

/// <summary>
/// A Prometheus-style selector, <c>name{label="v",code=~"5.."}</c>, with the matchers <c>=</c>, <c>!=</c>, <c>=~</c>
/// and <c>!~</c> (regular expressions are anchored, as in PromQL). A counter named without <c>_total</c> also matches
/// the series with it, as OpenMetrics names counter families.
/// </summary>
public sealed class MetricSelector
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private readonly IReadOnlyList<(string Label, string Op, string Value, Regex? Pattern)> _matchers;

    private MetricSelector(string text, string name, IReadOnlyList<(string, string, string, Regex?)> matchers)
    {
        Text = text;
        Name = name;
        _matchers = matchers;
    }

    /// <summary>The selector as written.</summary>
    public string Text { get; }

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>Parses a selector.</summary>
    /// <exception cref="FormatException">The selector is malformed, or a regular expression is invalid.</exception>
    public static MetricSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        var name = (brace < 0 ? text : text[..brace]).Trim();
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':'))
        {
            throw new FormatException($"'{text}' is not a metric selector such as http_requests_total{{code=~\"5..\"}}");
        }

        var matchers = new List<(string, string, string, Regex?)>();
        if (brace >= 0)
        {
            ReadMatchers(text, brace + 1, matchers);
        }

        return new MetricSelector(text, name, matchers);
    }

    /// <summary>True when the sample's name and labels match.</summary>
    public bool Matches(PrometheusSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Name != Name && sample.Name != Name + "_total")
        {
            return false;
        }

        foreach (var (label, op, value, pattern) in _matchers)
        {
            var actual = sample.Labels.TryGetValue(label, out var found) ? found : "";
            var ok = op switch
            {
                "=" => actual == value,
                "!=" => actual != value,
                "=~" => pattern!.IsMatch(actual),
                _ => !pattern!.IsMatch(actual),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sum of every matching series, ignoring NaN; null when no series matches (the metric is missing).</summary>
    public double? Sum(PrometheusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var matching = document.Samples.Where(Matches).ToList();
        return matching.Count == 0 ? null : matching.Where(s => !double.IsNaN(s.Value)).Sum(s => s.Value);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static void ReadMatchers(string text, int position, List<(string, string, string, Regex?)> matchers)
    {
        var end = text.LastIndexOf('}');
        if (end < position)
        {
            throw new FormatException($"'{text}' has no closing brace");
        }

        var body = text[position..end];
        var i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && body[i] is ' ' or ',')
            {
                i++;
            }

            if (i >= body.Length)
            {
                break;
            }

            var start = i;
            while (i < body.Length && (char.IsAsciiLetterOrDigit(body[i]) || body[i] == '_'))
            {
                i++;
            }

            var label = body[start..i];
            var op = body[i..].StartsWith("=~", StringComparison.Ordinal) ? "=~"
                : body[i..].StartsWith("!~", StringComparison.Ordinal) ? "!~"
                : body[i..].StartsWith("!=", StringComparison.Ordinal) ? "!="
                : body[i..].StartsWith('=') ? "=" : null;
            if (label.Length == 0 || op is null)
            {
                throw new FormatException($"'{text}': expected label=\"value\", label!=\"value\", label=~\"regex\" or label!~\"regex\"");
            }

            i += op.Length;
            var value = ReadQuoted(text, body, ref i);
            var pattern = op.Contains('~', StringComparison.Ordinal)
                ? new Regex("^(?:" + value + ")$", RegexOptions.CultureInvariant, RegexTimeout) : null;
            matchers.Add((label, op, value, pattern));
        }
    }

    private static string ReadQuoted(string text, string body, ref int i)
    {
        if (i >= body.Length || body[i] != '"')
        {
            throw new FormatException($"'{text}': label values must be quoted");
        }

        var value = new System.Text.StringBuilder();
        for (i++; i < body.Length; i++)
        {
            if (body[i] == '"')
            {
                i++;
                return value.ToString();
            }

            if (body[i] == '\\' && i + 1 < body.Length)
            {
                i++;
            }

            value.Append(body[i]);
        }

        throw new FormatException($"'{text}': unterminated label value");
    }
}
