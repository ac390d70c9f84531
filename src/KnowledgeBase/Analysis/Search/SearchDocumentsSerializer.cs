using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Analysis.Search;

/// <summary>The result-list data as JSON: an array of documents with camelCase fields, in index order.</summary>
public static class SearchDocumentsSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static byte[] Serialize(IEnumerable<SearchDocument> documents) => JsonSerializer.SerializeToUtf8Bytes(documents, Options);
}
