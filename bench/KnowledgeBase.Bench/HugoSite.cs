using System.Text.Json;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.FrontMatter;
using KnowledgeBase.Load;

namespace KnowledgeBase.Bench;

/// <summary>
/// The same postmortems as a minimal Hugo site, the peer of a full kb build: tags, services and
/// severities as taxonomies, and templates as plain as a starter theme's (title, date, the terms as
/// links, the content; lists of links for sections and terms). Hugo's default outputs stay on (an RSS
/// feed per list page, the sitemap), as a user starting a site would get them; nothing is minified.
/// Two configurations over the same content and templates: <see cref="PlainConfig"/>, and
/// <see cref="RelatedConfig"/>, which adds related content on tags and services and lists five related
/// pages on every incident, Hugo's counterpart of kb's similar incidents.
/// </summary>
public static class HugoSite
{
    public const string PlainConfig = "hugo.toml";
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
        // kb's own reader, so Hugo gets exactly the titles, dates and terms kb builds from.
        var diagnostics = new DiagnosticBag();
        var reader = new PostmortemReader();
        var count = 0;
        foreach (var file in new InputLoader(InputLimits.Default).Load(input, diagnostics))
        {
            if (reader.Read(file, diagnostics) is not { } postmortem)
            {
                continue;
            }

            // YAML front matter whose values are JSON: every JSON string and array is valid YAML, escaping included.
            var front = new List<string>
            {
                "---",
                "title: " + JsonSerializer.Serialize(postmortem.Title),
                "tags: " + JsonSerializer.Serialize(postmortem.Tags),
                "services: " + JsonSerializer.Serialize(postmortem.Services),
            };
            if (postmortem.Date is { } date)
            {
                front.Add("date: " + date.Iso);
            }

            if (postmortem.Severity is { } severity)
            {
                front.Add("severities: " + JsonSerializer.Serialize(new[] { severity }));
            }

            front.Add("---");
            File.WriteAllText(Path.Combine(posts, postmortem.Id + ".md"), string.Join('\n', front) + "\n" + postmortem.Body);
            count++;
        }

        File.WriteAllText(Path.Combine(site, PlainConfig), Config(related: false));
        File.WriteAllText(Path.Combine(site, RelatedConfig), Config(related: true));
        var layouts = Directory.CreateDirectory(Path.Combine(site, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), BaseOf);
        File.WriteAllText(Path.Combine(layouts, "single.html"), Single);
        File.WriteAllText(Path.Combine(layouts, "list.html"), List);
        File.WriteAllText(Path.Combine(layouts, "taxonomy.html"), Taxonomy);
        File.WriteAllText(Path.Combine(layouts, "term.html"), List);
        return count;
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

            [taxonomies]
              tag = "tags"
              service = "services"
              severity = "severities"

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

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{ .Title }} | {{ site.Title }}</title>
        </head>
        <body>
          <nav><a href="{{ "/" | relURL }}">{{ site.Title }}</a>{{ range $name, $_ := site.Taxonomies }} <a href="{{ printf "/%s/" $name | relURL }}">{{ $name }}</a>{{ end }}</nav>
          <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>

        """;

    /// <summary>An incident; with the related configuration, its related incidents after the content.</summary>
    private const string Single = """
        {{ define "main" }}
        <article>
          <h1>{{ .Title }}</h1>
          <p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 Jan 2006 15:04" }}</time></p>
          {{ range $taxonomy := slice "severities" "services" "tags" }}
          {{ with $.GetTerms $taxonomy }}<p>{{ $taxonomy }}: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
          {{ end }}
          {{ .Content }}
          {{ with site.Params.related }}
          {{ with site.RegularPages.Related $ | first . }}
          <h2>Related incidents</h2>
          <ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
          {{ end }}
          {{ end }}
        </article>
        {{ end }}

        """;

    /// <summary>Home, the section and each term: its pages, newest first, as links.</summary>
    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
        {{ end }}

        """;

    /// <summary>A taxonomy's terms, most used first, with their counts.</summary>
    private const string Taxonomy = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
        {{ end }}

        """;
}
