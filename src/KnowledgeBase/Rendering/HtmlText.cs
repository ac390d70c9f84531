using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Rendering;

/// <summary>The words a reader sees in rendered HTML, without markup, for search and similarity.</summary>
public static class HtmlText
{
    /// <summary>Block elements keep a space between them, so words on both sides of a tag stay apart.</summary>
    public static string Of(string html, HtmlParser parser)
    {
        var document = parser.ParseDocument("<body>" + html.Replace("<", " <", StringComparison.Ordinal) + "</body>");
        return document.Body?.TextContent ?? "";
    }

    /// <summary>
    /// The same words from a parsed tree: the text of its nodes in order, with a space where each tag
    /// of the written HTML would be (before an element, and after it unless it is a void element such as
    /// <c>br</c>), which is what <see cref="Of(string, HtmlParser)"/> reads back from the HTML.
    /// </summary>
    public static string Of(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return text.ToString();
    }

    private static void Append(INode parent, StringBuilder text)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case IText run:
                    text.Append(run.Data);
                    break;
                case IElement element:
                    text.Append(' ');
                    Append(element, text);
                    if (!element.Flags.HasFlag(NodeFlags.SelfClosing))
                    {
                        text.Append(' ');
                    }

                    break;
            }
        }
    }
}
