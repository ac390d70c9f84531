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
    /// <summary>How many words <see cref="Write"/>'s memo holds before it starts again: small enough to stay in the processor's cache.</summary>
    public const int MemoSize = 1 << 15;

    /// <param name="memo">
    /// One thread's memo of the numbers <paramref name="words"/> gave, by the word's reference, kept from
    /// document to document. Asking the pack-wide table (hundreds of thousands of words) costs a wait on
    /// memory each time; a document names most of its words two or three times (a search field,
    /// similarity's terms, their surfaces), and most are common words the documents before it named too,
    /// the same strings from the analyser's word cache.
    /// </param>
    public static byte[] Write(AnalysedDocument document, PackedWords words, Dictionary<string, int> memo)
    {
        if (memo.Count > MemoSize)
        {
            memo.Clear();
        }

        var writer = new PackWriter();
        var fields = document.Search.Document.Fields;
        writer.Count(fields.Length);
        foreach (var field in fields)
        {
            writer.Count(field.Terms.Length);
            foreach (var (term, count) in field.Terms)
            {
                writer.Count(Number(term));
                writer.Count(count);
            }

            writer.Count(field.Length);
        }

        var text = document.Text;
        writer.Count(text.Terms.Length);
        for (var i = 0; i < text.Terms.Length; i++)
        {
            writer.Count(Number(text.Terms[i]));
            writer.Count(text.Counts[i]);
            // A surface that is its term (a word the stemmer left as it was) is 0, with no lookup.
            writer.Count(string.Equals(text.Surfaces[i], text.Terms[i], StringComparison.Ordinal) ? 0 : Number(text.Surfaces[i]) + 1);
        }

        writer.Count(document.Search.Excerpt.Length);
        foreach (var sentence in document.Search.Excerpt)
        {
            writer.Text(sentence);
        }

        return writer.ToArray();

        int Number(string word)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(memo, word, out var known);
            if (!known)
            {
                number = words.NumberOf(word);
            }

            return number;
        }
    }

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
            for (var t = 0; t < terms.Capacity; t++)
            {
                terms.Add(KeyValuePair.Create(Word(reader.Int()), Copy(reader.Int())));
            }

            fields.Add(new LunrAnalysedField(terms.MoveToImmutable(), Copy(reader.Int())));
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
            new SearchAnalysis(new LunrAnalysedDocument(fields.MoveToImmutable()), excerpt.MoveToImmutable()),
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
