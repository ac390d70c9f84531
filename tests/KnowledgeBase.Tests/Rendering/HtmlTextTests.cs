using AngleSharp.Html.Parser;
using KnowledgeBase.Rendering;

namespace KnowledgeBase.Tests.Rendering;

/// <summary>
/// The build reads a body's words from the sanitized tree it already has; they must be the words the
/// written HTML gives back, which is what search and similarity were specified on.
/// </summary>
public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Disk <em>filled</em> up.</p><p>Then the queue stalled.</p>")]
    [InlineData("<h2 id=\"timeline\">Timeline</h2>\n<ul>\n<li>09:00 alert<br>paged</li>\n<li><a href=\"x\">runbook</a> step</li>\n</ul>\n")]
    [InlineData("<table><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody><tr><td>1</td><td>fail&shy;over</td></tr></tbody></table>")]
    [InlineData("<p>an image <img src=\"a.png\" alt=\"graph\"> between words and a rule</p><hr><p>after&nbsp;it &lt;tag&gt; &amp; more</p>")]
    [InlineData("<pre><code>\nline one\nline two\n</code></pre><blockquote><p>quoted <strong>text</strong></p></blockquote>")]
    [InlineData("<ol><li><input type=\"checkbox\" disabled checked> done</li><li>nested<ul><li>deep</li></ul></li></ol>")]
    public void Words_from_the_tree_equal_the_words_of_its_html(string html)
    {
        var parser = new HtmlParser();
        var body = parser.ParseDocument("<body>" + html + "</body>").Body!;

        Assert.Equal(HtmlText.Of(html, parser), HtmlText.Of(body));
    }

    [Fact]
    public void Words_on_both_sides_of_a_tag_stay_apart()
    {
        var body = new HtmlParser().ParseDocument("<body><p>one</p><p>two<br>three</p></body>").Body!;

        Assert.Equal(["one", "two", "three"], HtmlText.Of(body).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
