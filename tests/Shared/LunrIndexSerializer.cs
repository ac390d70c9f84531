using System.Text.Encodings.Web;
using System.Text.Json;

using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Testing;

/// <summary>
/// Writes a <see cref="LunrIndex"/> as the JSON <c>lunr.Index.prototype.toJSON</c> produces, which
/// <c>lunr.Index.load</c> reads back: version, fields, field vectors as flat [index, weight, ...] arrays,
/// the inverted index as [term, posting] pairs sorted by term, and the search pipeline. The site ships
/// chunks, never the whole index: this is for the conformance tests and the benchmarks, which hand our
/// index to lunr.js itself (tests/Shared is compiled into both).
/// </summary>
public static class LunrIndexSerializer
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The index is fetched and parsed as JSON, never embedded in HTML: no need to escape <, > or non-ASCII.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(LunrIndex index)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", LunrIndex.Version);
            WriteStringArray(json, "fields", index.Fields);
            json.WriteStartArray("fieldVectors");
            foreach (var vector in index.FieldVectors)
            {
                json.WriteStartArray();
                json.WriteStringValue(vector.FieldRef);
                json.WriteStartArray();
                foreach (var (termIndex, weight) in vector.Elements)
                {
                    json.WriteNumberValue(termIndex);
                    json.WriteNumberValue(weight);
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("invertedIndex");
            foreach (var (term, posting) in index.InvertedIndex)
            {
                json.WriteStartArray();
                json.WriteStringValue(term);
                json.WriteStartObject();
                json.WriteNumber("_index", posting.TermIndex);
                for (var f = 0; f < index.Fields.Length; f++)
                {
                    json.WriteStartObject(index.Fields[f]);
                    foreach (var document in posting.DocumentsIn(f))
                    {
                        json.WriteStartObject(index.DocumentRefs[document]);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndArray();
            WriteStringArray(json, "pipeline", LunrIndex.SearchPipeline);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteStringArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
