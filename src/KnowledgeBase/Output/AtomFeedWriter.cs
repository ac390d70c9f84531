using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeBase.Analysis;
using KnowledgeBase.Model;

namespace KnowledgeBase.Output;

/// <summary>
/// Writes <c>feed.xml</c>: an Atom feed of the newest published postmortems (kb.yml's <c>feed_entries</c>,
/// 50 by default), newest first, each with its full summary. Ids and links are absolute when the site has a base URL; without one, links are relative to
/// the feed (allowed by Atom) and ids are stable URNs built from the incident ids.
/// </summary>
public static class AtomFeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(SiteModel site)
    {
        var baseUrl = site.Config.BaseUrl;
        var entries = site.Incidents.Where(i => i.Postmortem.Status == PostmortemStatus.Published).Take(site.Config.FeedEntries).ToList();
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(new StringWriter(builder), settings))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, baseUrl is null ? "urn:x-knowledgebase:feed" : baseUrl + SitePaths.Feed);
            xml.WriteElementString("title", Atom, XmlText(site.Config.Title));
            xml.WriteElementString("subtitle", Atom, XmlText(site.Config.Description));
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count == 0 ? site.BuildTime : entries.Max(Updated)));
            Link(xml, "self", (baseUrl ?? "") + SitePaths.Feed);
            Link(xml, "alternate", (baseUrl ?? "") + SitePaths.Pretty(SitePaths.Home));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlText(site.Config.Title));
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "KnowledgeBase");

            foreach (var incident in entries)
            {
                var p = incident.Postmortem;
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, baseUrl is null ? "urn:x-knowledgebase:incident:" + p.Id : baseUrl + SitePaths.Pretty(incident.PagePath));
                xml.WriteElementString("title", Atom, XmlText(p.Title));
                xml.WriteElementString("updated", Atom, Timestamp(Updated(incident)));
                if (p.Published is { } published)
                {
                    xml.WriteElementString("published", Atom, Timestamp(new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
                }

                Link(xml, "alternate", (baseUrl ?? "") + SitePaths.Pretty(incident.PagePath));
                foreach (var tag in p.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", XmlText(tag));
                    xml.WriteEndElement();
                }

                var summary = p.Impact is null ? incident.Summary : $"{incident.Summary}\n\nImpact: {p.Impact}";
                xml.WriteElementString("summary", Atom, XmlText(summary));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder + "\n";
    }

    /// <summary>
    /// Text without the characters XML 1.0 cannot hold (control characters such as ESC, lone surrogates):
    /// the writer would throw on them, and a title may carry one.
    /// </summary>
    private static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
        }

        return kept.ToString();
    }

    /// <summary>When the analysis was published, else when the incident started, else the build date.</summary>
    private static DateTimeOffset Updated(RenderedPostmortem incident) =>
        incident.Postmortem.Published is { } published ? new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : incident.Postmortem.Date?.Value ?? DateTimeOffset.UnixEpoch;

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.Length == 0 ? "./" : href);
        xml.WriteEndElement();
    }
}
