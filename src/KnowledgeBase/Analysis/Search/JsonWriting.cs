using System.Text.Json;

namespace KnowledgeBase.Analysis.Search;

/// <summary>The one JSON shape every search file writes more than once: a named array of strings.</summary>
internal static class JsonWriting
{
    public static void WriteStringArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
