using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// Splits a built lunr index so that a search fetches only what its terms need. The sorted term
/// dictionary is cut into contiguous ranges of bounded size; each chunk holds, for each of its terms,
/// lunr's term index and, per field, the documents holding the term with the term's weight in that
/// field's vector (lunr's precomputed BM25, unchanged). A query's score only ever reads the weights of
/// its own terms, so a lunr index assembled from a query's chunks scores exactly as the whole one does.
/// Documents are numbered in index order and named "d0", "d1"… inside chunks: short, and never
/// integer-like, so JavaScript keeps them in insertion order as it does the real refs.
/// </summary>
public static class SearchChunker
{
    /// <summary>Raw bytes a term chunk grows to before the next one starts (about a quarter of that gzipped).</summary>
    public const int DefaultChunkBytes = 48 * 1024;

    /// <summary>
    /// Result-list entries per document chunk. A page of results on a large site has its 20 results in
    /// about as many chunks (a wide query matches most incidents, spread over the whole index), so the
    /// other entries of each chunk are fetched for nothing: with excerpts in every entry, 8 a chunk sends
    /// less than 16 did without them (on the bench's corpus some 2.0 kB gzipped a chunk, against 3.0 kB
    /// at 16 with excerpts and 2.4 kB at 16 without).
    /// </summary>
    public const int DocumentsPerChunk = 8;

    /// <summary>Terms whose entries are written at once, on every core, before they are cut into chunks.</summary>
    private const int EntryBatch = 4096;

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ChunkedSearchData Chunk(LunrIndex index, IReadOnlyList<SearchDocument> documents, int chunkBytes = DefaultChunkBytes, int typoPartBytes = TypoTermIndex.DefaultPartBytes) =>
        Chunk(TermWeights.Of(index, documents), documents, chunkBytes, typoPartBytes);

    /// <param name="weights">The index filed by term (<see cref="TermWeights.Of(LunrIndex, IReadOnlyList{SearchDocument})"/>), with the same <paramref name="documents"/>.</param>
    public static ChunkedSearchData Chunk(TermWeights weights, IReadOnlyList<SearchDocument> documents, int chunkBytes = DefaultChunkBytes, int typoPartBytes = TypoTermIndex.DefaultPartBytes)
    {
        var terms = weights.Terms.Zip(weights.TermIndices, (term, termIndex) => (Term: term, TermIndex: termIndex)).ToArray();

        // The dictionary and the typo index read the terms only, one thread's work (about a second at 10,000
        // long-tailed postmortems): made while the entries are written, instead of after them.
        var lists = Task.Run(() => (
            Dictionary: SiteFile.Hashed("search/dictionary", ".json", JsonSerializer.SerializeToUtf8Bytes(weights.Terms)),
            Typo: TypoTermIndex.Build(weights.Terms, typoPartBytes)));

        var files = ImmutableArray.CreateBuilder<SiteFile>();
        var firstTerms = new List<string>();
        var termChunks = new List<byte[]>();
        var pending = new MemoryStream();
        var pendingBytes = 0;   // the entries' own bytes, without the brackets and commas that join them
        void Flush()
        {
            if (pendingBytes == 0)
            {
                return;
            }

            pending.WriteByte((byte)']');
            termChunks.Add(pending.ToArray());
            pending.SetLength(0);
            pendingBytes = 0;
        }

        // Each term's entry depends only on its own postings: written on every core a batch at a time
        // (a batch, not all: at 10,000 long-tailed postmortems the entries are 120 MB), then cut into
        // chunks in order.
        for (var start = 0; start < terms.Length; start += EntryBatch)
        {
            var batch = terms.AsSpan(start, Math.Min(EntryBatch, terms.Length - start)).ToArray()
                .AsParallel().AsOrdered()
                .Select(t => (t.Term, Entry: TermEntry(t.Term, t.TermIndex, weights)))
                .ToArray();
            foreach (var (term, entry) in batch)
            {
                if (pendingBytes > 0 && pendingBytes + entry.Length > chunkBytes)
                {
                    Flush();
                }

                if (pendingBytes == 0)
                {
                    firstTerms.Add(term);
                    pending.WriteByte((byte)'[');
                }
                else
                {
                    pending.WriteByte((byte)',');
                }

                pending.Write(entry);
                pendingBytes += entry.Length;
            }
        }

        Flush();
        // Numbered, not each named by its hash: at 10,000 postmortems a name a chunk made the manifest,
        // which every search fetches, a third larger (some 25 kB gzipped of hashes for 3,800 chunks).
        var termFiles = SiteFile.NumberedSet("search/terms/t", ".json", termChunks);
        files.AddRange(termFiles);

        var (dictionary, (typo, typoParts)) = lists.GetAwaiter().GetResult();
        files.Add(dictionary);
        files.AddRange(typoParts);

        var documentChunks = new List<byte[]>();
        for (var start = 0; start < documents.Count; start += DocumentsPerChunk)
        {
            documentChunks.Add(SearchDocumentsSerializer.Serialize(documents.Skip(start).Take(DocumentsPerChunk)));
        }

        var documentFiles = SiteFile.NumberedSet("search/docs/d", ".json", documentChunks);
        files.AddRange(documentFiles);

        var manifest = Manifest(weights.FieldNames, documents.Count, firstTerms, SiteFile.SetSuffix(termFiles), Relative(dictionary.Path), typo, SiteFile.SetSuffix(documentFiles));
        return new ChunkedSearchData(new SiteFile(ChunkedSearchData.ManifestPath, manifest), files.ToImmutable());
    }

    /// <summary><c>[term, termIndex, [doc, weight, …] per field]</c>.</summary>
    private static byte[] TermEntry(string term, int termIndex, TermWeights weights)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Span<byte> weight = stackalloc byte[TermWeights.MaxWeightBytes];
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartArray();
            json.WriteStringValue(term);
            json.WriteNumberValue(termIndex);
            for (var field = 0; field < weights.Fields; field++)
            {
                json.WriteStartArray();
                var (docs, values) = weights.Of(termIndex, field);
                for (var i = 0; i < docs.Length; i++)
                {
                    json.WriteNumberValue(docs.Span[i]);
                    json.WriteRawValue(weight[..TermWeights.WriteWeight(values.Span[i], weight)], skipInputValidation: true);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Manifest(ImmutableArray<string> fields, int documentCount, List<string> firstTerms, string termSuffix, string dictionary, byte[] typo, string documentSuffix)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", 1);
            json.WriteString("lunr", LunrIndex.Version);
            json.WriteStringArray("fields", fields);
            json.WriteStringArray("pipeline", LunrIndex.SearchPipeline);
            json.WriteNumber("documents", documentCount);
            json.WriteNumber("documentsPerChunk", DocumentsPerChunk);
            // Document chunk n is at "docs/d" + n + documentFiles, term chunk n at "terms/t" + n + termFiles.
            json.WriteString("documentFiles", documentSuffix);
            json.WriteString("termFiles", termSuffix);
            json.WriteString("dictionary", dictionary);
            json.WritePropertyName("typo");
            json.WriteRawValue(typo, skipInputValidation: true);
            // Each term chunk's first term: a term lives in the last chunk whose first term is not after it.
            json.WriteStringArray("termChunks", firstTerms);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Addresses in the manifest are relative to the manifest's folder.</summary>
    private static string Relative(string sitePath) => sitePath["search/".Length..];
}
