using System.Collections.Immutable;
using System.Runtime.InteropServices;
using KnowledgeBase.Analysis;
using KnowledgeBase.Analysis.Search;
using KnowledgeBase.Analysis.Similarity;

namespace KnowledgeBase.Incremental;

/// <summary>
/// One document's analysis as the analysis pack stores it: every word as its number in the pack's
/// <see cref="PackedWords"/>, every count as a number, the excerpt's sentences as text (no other document has them).
/// </summary>
/// <remarks>
/// In order: the search fields (for each, its terms with their counts, then its length); similarity's
/// terms, each with its count and surface (0 when the surface is the term, else its number + 1); the
/// excerpt's sentences.
/// </remarks>
internal static class AnalysisEntry
{
    /// <summary>
    /// One thread's memo for <see cref="Write"/>: the pack number each word it wrote stands for, by the word's
    /// number (see <see cref="TermNumbering"/>), kept from document to document. Asking the pack-wide table
    /// (hundreds of thousands of words) costs a wait on memory each time; a document names most of its words
    /// two or three times (a search field, similarity's terms, their surfaces), and most are common words the
    /// documents before it named too.
    /// </summary>
    public sealed class Memo
    {
        /// <summary>The pack number of each word's term.</summary>
        public NumberedIds Terms { get; } = new();

        /// <summary>Each word's surface as written: 0 when it is its term, else its pack number + 1 (words an analyser numbered only).</summary>
        public NumberedIds Surfaces { get; } = new();
    }

    public static byte[] Write(AnalysedDocument document, PackedWords words, Memo memo)
    {
        var writer = new PackWriter();
        var search = document.Search.Document;
        writer.Count(search.Fields.Length);
        foreach (var field in search.Fields)
        {
            writer.Count(field.Terms.Length);
            for (var t = 0; t < field.Terms.Length; t++)
            {
                var (term, count) = field.Terms[t];
                writer.Count(memo.Terms.GetOrAdd(search.Numbering, field.NumberAt(t), (words, term), NumberOf));
                writer.Count(count);
            }

            writer.Count(field.Length);
        }

        var text = document.Text;
        writer.Count(text.Terms.Length);
        // A surface is remembered by its word's number: an analyser numbers words, each with one surface. A
        // pack's table numbers terms, whose surface differs from document to document: never remembered so.
        var surfaces = ReferenceEquals(text.Numbering, words.PreviousNumbering) ? null : text.Numbering;
        for (var i = 0; i < text.Terms.Length; i++)
        {
            var number = text.NumberAt(i);
            writer.Count(memo.Terms.GetOrAdd(text.Numbering, number, (words, text.Terms[i]), NumberOf));
            writer.Count(text.Counts[i]);
            writer.Count(memo.Surfaces.GetOrAdd(surfaces, number, (Words: words, Surface: text.Surfaces[i], Term: text.Terms[i]), static s =>
                // A surface that is its term (a word the stemmer left as it was) is 0, with no lookup.
                string.Equals(s.Surface, s.Term, StringComparison.Ordinal) ? 0 : s.Words.NumberOf(s.Surface) + 1));
        }

        writer.Count(document.Search.Excerpt.Length);
        foreach (var sentence in document.Search.Excerpt)
        {
            writer.Text(sentence);
        }

        return writer.ToArray();
    }

    /// <summary>A word's number in the next pack (for <see cref="NumberedIds.GetOrAdd"/>).</summary>
    private static readonly Func<(PackedWords Words, string Word), int> NumberOf = static s => s.Words.NumberOf(s.Word);

    /// <summary>
    /// The document an entry of the previous pack holds, its words those of <paramref name="words"/>'s previous
    /// table (one copy each, shared by every document), and the same entry numbered for the next pack.
    /// An <see cref="InvalidDataException"/> when the entry is damaged.
    /// </summary>
    public static (AnalysedDocument Document, byte[] Next) Read(ReadOnlySpan<byte> entry, PackedWords words)
    {
        var reader = new PackReader(entry);
        var next = new PackWriter();

        var fields = ImmutableArray.CreateBuilder<LunrAnalysedField>(Copy(reader.Count()));
        for (var f = 0; f < fields.Capacity; f++)
        {
            var terms = ImmutableArray.CreateBuilder<KeyValuePair<string, int>>(Copy(reader.Count()));
            var termNumbers = ImmutableArray.CreateBuilder<int>(terms.Capacity);
            for (var t = 0; t < terms.Capacity; t++)
            {
                var number = reader.Int();
                termNumbers.Add(number);
                terms.Add(KeyValuePair.Create(Word(number), Copy(reader.Int())));
            }

            fields.Add(new LunrAnalysedField(terms.MoveToImmutable(), Copy(reader.Int())) { Numbers = termNumbers.MoveToImmutable() });
        }

        var count = Copy(reader.Count());
        var textTerms = ImmutableArray.CreateBuilder<string>(count);
        var counts = ImmutableArray.CreateBuilder<int>(count);
        var surfaces = ImmutableArray.CreateBuilder<string>(count);
        var numbers = ImmutableArray.CreateBuilder<int>(count);
        for (var i = 0; i < count; i++)
        {
            var number = reader.Int();
            var term = Word(number);
            numbers.Add(number);
            textTerms.Add(term);
            counts.Add(Copy(reader.Int()));
            surfaces.Add(reader.Int() is var surface && surface == 0 ? Same(term) : Word(surface - 1, shift: 1));
        }

        var excerpt = ImmutableArray.CreateBuilder<string>(Copy(reader.Count()));
        for (var i = 0; i < excerpt.Capacity; i++)
        {
            var sentence = reader.Text();
            next.Text(sentence);
            excerpt.Add(sentence);
        }

        reader.End();
        var document = new AnalysedDocument(
            new SearchAnalysis(new LunrAnalysedDocument(fields.MoveToImmutable()) { Numbering = words.PreviousNumbering }, excerpt.MoveToImmutable()),
            new TermCounts(textTerms.MoveToImmutable(), counts.MoveToImmutable(), surfaces.MoveToImmutable()) { Numbers = numbers.MoveToImmutable(), Numbering = words.PreviousNumbering });
        return (document, next.ToArray());

        int Copy(int value)
        {
            next.Count(value);
            return value;
        }

        // A previous word, its next number written (plus the shift its place is written with).
        string Word(int number, int shift = 0)
        {
            var word = words.Previous(number);
            next.Count(words.Renumber(number) + shift);
            return word;
        }

        string Same(string term)
        {
            next.Count(0);
            return term;
        }
    }
}
