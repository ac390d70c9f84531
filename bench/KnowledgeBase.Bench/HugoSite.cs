using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Bench;

/// <summary>
/// The same postmortems as the minimal Hugo site issue 21 measured against: the same <c>.md</c> files,
/// unchanged, in <c>content/posts/</c>; <c>config.toml</c> with RSS disabled and tags, services and
/// severity as taxonomies (kb's own front-matter keys, so Hugo reads the files as they are); a
/// <c>single.html</c> printing the title, the content and a link per tag, and a <c>list.html</c> printing a
/// link per page (home, the section, each taxonomy and each term). Nothing is minified; the sitemap stays
/// on. Two configurations over the same content and templates: <see cref="PlainConfig"/>, the peer of
/// issue 21's targets, and <see cref="RelatedConfig"/>, which adds related content on tags and services
/// and lists five related pages on every incident, Hugo's counterpart of kb's similar incidents.
/// </summary>
public static class HugoSite
{
    public const string PlainConfig = "config.toml";
    public const string RelatedConfig = "related.toml";

    /// <summary>How many related pages each incident lists, as kb's theme shows its most similar incidents.</summary>
    private const int RelatedCount = 5;

    /// <summary>Writes the site into <paramref name="site"/> (replaced whole) and returns how many pages of content it has.</summary>
    public static int Write(string input, string site)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        var posts = Directory.CreateDirectory(Path.Combine(site, "content", "posts")).FullName;
        // kb's own loader picks the files (no README.md, hidden folder or built site; kb.yml's include and exclude are not
        // read, and generated corpora have none): Hugo gets the postmortems kb builds.
        var count = 0;
        foreach (var file in new InputLoader(InputLimits.Default).LoadEach(input, new DiagnosticBag(), f => f).Results)
        {
            File.WriteAllText(Path.Combine(posts, file.RelativePath.Replace('/', '-').Replace('\\', '-')), WithoutPageUrl(file.Text));
            count++;
        }

        File.WriteAllText(Path.Combine(site, PlainConfig), Config(related: false));
        File.WriteAllText(Path.Combine(site, RelatedConfig), Config(related: true));
        var layouts = Directory.CreateDirectory(Path.Combine(site, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "single.html"), Single);
        File.WriteAllText(Path.Combine(layouts, "list.html"), List);
        return count;
    }

    /// <summary>
    /// The text with a front-matter <c>url:</c> key renamed <c>source_url:</c>. Hugo reads <c>url</c> as the page's own
    /// address and refuses a full one, which real archives write there for the report's source (icco-postmortems
    /// does); the generated corpora have no such key, so their copies stay the same bytes.
    /// </summary>
    private static string WithoutPageUrl(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var frontMatter = end < 0 ? text : text[..end];
        var renamed = System.Text.RegularExpressions.Regex.Replace(frontMatter, "(?m)^url:", "source_url:");
        return end < 0 ? renamed : renamed + text[end..];
    }

    /// <summary>
    /// The whole configuration; the related one is a complete file too, so neither depends on how Hugo
    /// merges several. Related content weighs a shared tag above a shared service; 80 is Hugo's default
    /// threshold, and newer incidents count as related to older ones as well, as kb's do.
    /// </summary>
    private static string Config(bool related)
    {
        var plain = """
            baseURL = "https://example.org/"
            title = "Generated knowledge base"
            languageCode = "en"
            disableKinds = ["RSS"]

            [taxonomies]
              tag = "tags"
              service = "services"
              severity = "severity"

            """;
        return !related ? plain : plain + $$"""

            [params]
              related = {{RelatedCount}}

            [related]
              includeNewer = true
              threshold = 80
              toLower = false

              [[related.indices]]
                name = "tags"
                weight = 100

              [[related.indices]]
                name = "services"
                weight = 80

            """;
    }

    /// <summary>An incident: its title, its content and a link per tag; with the related configuration, its related incidents.</summary>
    private const string Single = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body>
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
        {{ with site.Params.related }}{{ with site.RegularPages.Related $ | first . }}
        <h2>Related incidents</h2>
        <ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ end }}{{ end }}
        </body>
        </html>

        """;

    /// <summary>Home, the section, each taxonomy and each term: a link per page.</summary>
    private const string List = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body>
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        </body>
        </html>

        """;
}
