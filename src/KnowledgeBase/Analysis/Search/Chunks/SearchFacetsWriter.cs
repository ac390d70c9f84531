using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// What the search page's filters count, for every document, in one small file: each distinct tag,
/// service and severity once, and per document (in index order, newest first) its year and the
/// numbers of its severity, tags and services. Counts then cover every match, not only the results
/// whose display data was fetched.
/// </summary>
public static class SearchFacetsWriter
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SiteFile Write(IReadOnlyList<SearchDocument> documents)
    {
        var severities = documents.Where(d => d.Severity is not null).Select(d => (Id: d.Severity!, Label: d.SeverityLabel ?? d.Severity!, Rank: d.SeverityRank ?? 99))
            .DistinctBy(s => s.Id).OrderBy(s => s.Rank).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var tags = Numbered(documents.SelectMany(d => d.Tags));
        var services = Numbered(documents.SelectMany(d => d.Services));
        var severityNumber = severities.Select((s, n) => (s.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            json.WriteStartArray("severities");
            foreach (var (id, label, rank) in severities)
            {
                json.WriteStartArray();
                json.WriteStringValue(id);
                json.WriteStringValue(label);
                json.WriteNumberValue(rank);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStringArray("tags", tags.Names);
            json.WriteStringArray("services", services.Names);
            json.WriteStartArray("docs");
            foreach (var d in documents)
            {
                json.WriteStartArray();
                json.WriteStringValue(d.Date is { Length: >= 4 } date ? date[..4] : "");
                json.WriteNumberValue(d.Severity is null ? -1 : severityNumber[d.Severity]);
                WriteNumbers(json, d.Tags.Select(t => tags.Number[t]));
                WriteNumbers(json, d.Services.Select(s => services.Number[s]));
                // A fifth entry, 1, marks a near miss (issue 22); left out otherwise, so an archive without
                // near misses gets the file it always got.
                if (d.NearMiss)
                {
                    json.WriteNumberValue(1);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return SiteFile.Hashed("search/facets", ".json", stream.ToArray());
    }

    private static (List<string> Names, Dictionary<string, int> Number) Numbered(IEnumerable<string> values)
    {
        var names = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (names, names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal));
    }

    private static void WriteNumbers(Utf8JsonWriter json, IEnumerable<int> numbers)
    {
        json.WriteStartArray();
        foreach (var n in numbers)
        {
            json.WriteNumberValue(n);
        }

        json.WriteEndArray();
    }
}
