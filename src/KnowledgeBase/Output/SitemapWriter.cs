using System.Text;
using System.Xml;
using KnowledgeBase.Model;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>sitemap.xml</c>. Sitemaps want absolute URLs: with a base URL (kb.yml or --base-url) they
/// are absolute, without one they are relative to the site root, which search engines will not read.
/// </summary>
public static class SitemapWriter
{
    public static string Write(IEnumerable<(string Path, DateOnly? LastModified)> pages, string? baseUrl)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var writer = XmlWriter.Create(new StringWriter(builder), settings))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, lastModified) in pages)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", (baseUrl ?? "") + SitePaths.Pretty(path));
                if (lastModified is { } date)
                {
                    writer.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        // A StringWriter would declare UTF-16; the file is written as UTF-8, so the declaration is ours.
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder + "\n";
    }
}
