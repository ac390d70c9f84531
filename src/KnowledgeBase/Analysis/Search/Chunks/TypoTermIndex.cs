using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Analysis.Search.Chunks;

/// <summary>
/// The term dictionary filed for typo correction, so that correcting a word fetches a few kilobytes of it
/// rather than all of it (on 10,000 postmortems with a long-tailed vocabulary the whole dictionary holds
/// 303,000 terms, 1.5 MB gzipped).
/// <para>
/// A term one edit away from a word keeps the word's first two letters when the edit lies further on, and
/// its last two letters when the edit lies in the first two (for words of four letters or more); its
/// length differs from the word's by one at most. So each term is filed twice, under its first two
/// letters and under its last two, each time followed by its length, and both files are cut into
/// contiguous parts of bounded size; terms of up to four letters are filed a third time, all together,
/// for the words too short for that rule. The index lists the first key of each part; the client fetches
/// the parts whose keys cover the word's letters and lengths (see search-chunks.js).
/// </para>
/// <para>
/// Terms with a digit (versions, HTTP codes, host ids, latencies) are left out: the client never corrects
/// a word with a digit, and a word without one should not be corrected into a version number.
/// </para>
/// </summary>
public static class TypoTermIndex
{
    /// <summary>Raw bytes a part grows to before the next one starts (about a third of that gzipped).</summary>
    public const int DefaultPartBytes = 12 * 1024;

    /// <summary>
    /// The longest term filed: the client corrects words of at most 30 letters, by two edits at most.
    /// </summary>
    public const int LongestTerm = 32;

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The longest term also filed on its own, all together: one edit of a word of three letters or less
    /// (or of a short stem: "aking" stems to "ak") is in its first two letters and its last two alike, so
    /// neither side is sure to hold it; the short terms are few (some 1,500 at 10,000 postmortems).
    /// </summary>
    public const int ShortTerm = 4;

    /// <summary>Whether a term is filed: two letters to <see cref="LongestTerm"/>, no digit.</summary>
    public static bool Files(string term) =>
        term.Length is >= 2 and <= LongestTerm && !term.Any(char.IsAsciiDigit);

    /// <summary>
    /// A term's key on one side: its first (or last) two UTF-16 units, then its length in two digits,
    /// so that keys sort by letters, then length, with plain ordinal comparison (JavaScript's too).
    /// </summary>
    public static string Key(string term, bool bySuffix) =>
        (bySuffix ? term[^2..] : term[..2]) + term.Length.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The index, as JSON for the manifest (a few kilobytes even at 10,000 postmortems: inline, it saves
    /// a misspelt query a round trip), and its parts.
    /// </summary>
    public static (byte[] Index, ImmutableArray<SiteFile> Parts) Build(IEnumerable<string> terms, int partBytes = DefaultPartBytes)
    {
        var filed = terms.Where(Files).ToList();
        var parts = ImmutableArray.CreateBuilder<SiteFile>();
        var prefix = Cut(filed, t => Key(t, bySuffix: false), "search/typo/p", partBytes, parts);
        var suffix = Cut(filed, t => Key(t, bySuffix: true), "search/typo/s", partBytes, parts);
        var shortTerms = Cut([.. filed.Where(t => t.Length <= ShortTerm)], t => t, "search/typo/w", partBytes, parts);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Writer))
        {
            json.WriteStartObject();
            WriteSide(json, "prefix", prefix);
            WriteSide(json, "suffix", suffix);
            json.WriteStringArray("short", shortTerms.Select(p => p.Address));
            json.WriteEndObject();
        }

        return (stream.ToArray(), parts.ToImmutable());
    }

    /// <summary>One side's terms in key order (then term order), cut into parts: each part's first key and address.</summary>
    private static List<(string FirstKey, string Address)> Cut(List<string> terms, Func<string, string> keyOf, string stem, int partBytes, ImmutableArray<SiteFile>.Builder parts)
    {
        var sorted = terms
            .Select(t => (Key: keyOf(t), Term: t))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Term, StringComparer.Ordinal)
            .ToList();
        var cut = new List<(string, string)>();
        var pending = new List<string>();
        var firstKey = "";
        var bytes = 0;
        void Flush()
        {
            if (pending.Count == 0)
            {
                return;
            }

            var part = SiteFile.Hashed(stem, ".json", JsonSerializer.SerializeToUtf8Bytes(pending));
            parts.Add(part);
            cut.Add((firstKey, part.Path["search/".Length..]));
            pending.Clear();
            bytes = 0;
        }

        foreach (var (key, term) in sorted)
        {
            // A term costs its UTF-8 bytes plus quotes and a comma in the part's JSON.
            var size = System.Text.Encoding.UTF8.GetByteCount(term) + 3;
            if (bytes > 0 && bytes + size > partBytes)
            {
                Flush();
            }

            if (pending.Count == 0)
            {
                firstKey = key;
            }

            pending.Add(term);
            bytes += size;
        }

        Flush();
        return cut;
    }

    private static void WriteSide(Utf8JsonWriter json, string name, List<(string FirstKey, string Address)> side)
    {
        json.WriteStartArray(name);
        foreach (var (firstKey, address) in side)
        {
            json.WriteStartArray();
            json.WriteStringValue(firstKey);
            json.WriteStringValue(address);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
