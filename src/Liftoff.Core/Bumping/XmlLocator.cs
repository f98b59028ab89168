using System.Xml;
using System.Xml.XPath;

namespace Liftoff.Bumping;

/// <summary>
/// Finds values by XPath, then maps each node back to its characters in the original text through the reader's line
/// information. Only those characters change: re-saving the document would re-indent it, re-quote attributes and
/// rewrite the declaration, which a release commit has no business doing.
/// </summary>
internal static class XmlLocator
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };

    public static List<ValueSpan> Locate(BumpTarget target, string text)
    {
        var lineStarts = LineStarts(text);
        XPathNodeIterator nodes;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            nodes = new XPathDocument(reader, XmlSpace.Preserve).CreateNavigator().Select(target.Pattern);
        }
        catch (XmlException exception)
        {
            throw BumpErrors.Unreadable(target, "it is not well-formed XML: " + exception.Message, exception);
        }
        catch (XPathException exception)
        {
            throw BumpErrors.InvalidPattern(target, exception.Message, exception);
        }

        var found = new List<ValueSpan>();
        while (nodes.MoveNext())
        {
            var node = nodes.Current!;
            var name = node.LocalName;
            if (node.NodeType == XPathNodeType.Element)
            {
                node = TextOf(target, node);
            }
            else if (node.NodeType is not (XPathNodeType.Attribute or XPathNodeType.Text))
            {
                throw BumpErrors.NotEditable(target, $"the XPath selects a {node.NodeType} node; select an element, an attribute or a text node.");
            }

            found.Add(Find(target, text, lineStarts, node) with { Name = name });
        }

        return found;
    }

    private static XPathNavigator TextOf(BumpTarget target, XPathNavigator element)
    {
        var child = element.Clone();
        if (!child.MoveToFirstChild() || child.NodeType is not (XPathNodeType.Text or XPathNodeType.Whitespace or XPathNodeType.SignificantWhitespace))
        {
            throw BumpErrors.NotEditable(target, $"the element <{element.Name}> has no text to replace.");
        }

        var sibling = child.Clone();
        if (sibling.MoveToNext())
        {
            throw BumpErrors.NotEditable(target, $"the element <{element.Name}> holds more than text.");
        }

        return child;
    }

    private static ValueSpan Find(BumpTarget target, string text, List<int> lineStarts, XPathNavigator node)
    {
        var info = (IXmlLineInfo)node;
        var position = lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
        if (node.NodeType == XPathNodeType.Attribute)
        {
            // The position is the attribute's name; its value sits between the quotes after the '='.
            var quote = text.IndexOfAny(['"', '\''], text.IndexOf('=', position));
            position = quote + 1;
        }

        var value = node.Value.Trim();
        var start = text.IndexOf(value, position, StringComparison.Ordinal);
        var markup = text.IndexOfAny(['<', '"', '\''], position);
        if (value.Length == 0 || start < 0 || (markup >= 0 && markup < start))
        {
            // An entity or a CDATA section: the text does not spell the value out where the node starts.
            throw BumpErrors.NotEditable(target, $"the value '{value}' is not written literally in the file.");
        }

        return new ValueSpan(start, value.Length, value);
    }

    /// <summary>Where each line starts, counting line ends as XmlReader does: <c>\r\n</c>, <c>\r</c> or <c>\n</c>.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '\n' || (text[index] == '\r' && (index + 1 == text.Length || text[index + 1] != '\n')))
            {
                starts.Add(index + 1);
            }
        }

        return starts;
    }
}
