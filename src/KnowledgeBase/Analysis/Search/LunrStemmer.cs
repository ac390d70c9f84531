namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// lunr.stemmer: the Porter stemmer as lunr 2.3.9 implements it, quirks included (a leading "y" is a
/// consonant; the measure tests are lunr's regular expressions). The browser stems query words with lunr's
/// own copy, so any difference here would make indexed words unfindable; the conformance tests stem every
/// word of the shared corpus, and every suffix rule on made-up stems, with both and require identical output.
/// </summary>
/// <remarks>
/// Written without regular expressions: a long-tailed archive has a million distinct tokens, and matching
/// some fifteen expressions per word (each match a few objects) was most of the time spent making words.
/// lunr's suffix expressions are all of the form <c>^(.+?)(a|b|…)$</c>: the lazy stem makes the longest
/// alternative that ends the word, leaving at least one character, the one that matches; they are read
/// that way here. The measure expressions ("[C]VC…") are ambiguous about "y", so they are not rewritten
/// by hand: <see cref="Measure"/> runs each one as it is written, over the set of places it may have reached.
/// A text's tokens never hold a line end (lunr splits on white space), where JavaScript's "." and "$" would
/// differ; a list value's items are not split (<see cref="LunrTokenizer.Tokenize(IEnumerable{string})"/>), and
/// no field of a site's index is a list.
/// </remarks>
public static class LunrStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4Suffixes =
    [
        .. new[] { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize" }
            .Select(s => (s, "")),
    ];

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // No step lengthens the word, so it is stemmed in place in a copy of its own length.
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(w);

        // A leading y is a consonant: upper-case it so that no vowel class matches it.
        var leadingY = w[0] == 'y';
        if (leadingY)
        {
            w[0] = 'Y';
        }

        var n = Step1a(w);
        n = Step1b(w, n);
        if (n >= 3 && w[n - 1] == 'y' && !IsAeiou(w[n - 2]))
        {
            w[n - 1] = 'i';
        }

        n = ReplaceSuffix(w, n, Step2Suffixes, Measure.AtLeastOne);
        n = ReplaceSuffix(w, n, Step3Suffixes, Measure.AtLeastOne);
        n = Step4(w, n);
        n = Step5(w, n);

        if (leadingY)
        {
            w[0] = 'y';
        }

        return w[..n].SequenceEqual(word) ? word : new string(w[..n]);
    }

    /// <summary>lunr's <c>^(.+?)(ss|i)es$</c>, else <c>^(.+?)([^s])s$</c>, each kept as "$1$2".</summary>
    private static int Step1a(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if ((n >= 5 && w.EndsWith("sses")) || (n >= 4 && w.EndsWith("ies")))
        {
            return n - 2;
        }

        return w[n - 1] == 's' && w[n - 2] != 's' ? n - 1 : n;
    }

    /// <summary>"eed" loses its d after a stem of measure one or more; "ed" and "ing" go after a stem with a vowel, which is then mended.</summary>
    private static int Step1b(Span<char> w, int n)
    {
        var word = w[..n];
        if (n >= 4 && word.EndsWith("eed"))
        {
            return Measure.AtLeastOne.Matches(word[..^3]) ? n - 1 : n;
        }

        var suffix = word.EndsWith("ing") ? 3 : word.EndsWith("ed") ? 2 : 0;
        if (suffix == 0 || n - suffix < 1 || !Measure.HasVowel.Matches(word[..^suffix]))
        {
            return n;
        }

        n -= suffix;
        var stem = w[..n];
        if (stem.EndsWith("at") || stem.EndsWith("bl") || stem.EndsWith("iz"))
        {
            w[n] = 'e';
            return n + 1;
        }

        // lunr's ([^aeiouylsz])\1$: a doubled consonant other than l, s or z loses one.
        if (n >= 2 && stem[n - 1] == stem[n - 2] && !"aeiouylsz".Contains(stem[n - 1]))
        {
            return n - 1;
        }

        if (Measure.ConsonantVowelConsonant.Matches(stem))
        {
            w[n] = 'e';
            return n + 1;
        }

        return n;
    }

    /// <summary>
    /// lunr's <c>^(.+?)(suffixes)$</c>: the longest suffix ending the word after at least one character,
    /// replaced when the stem before it passes <paramref name="test"/>. A stem that fails is not tried again
    /// with a shorter suffix, as a regular expression's single match is not.
    /// </summary>
    private static int ReplaceSuffix(Span<char> w, int n, (string Suffix, string Replacement)[] suffixes, Measure test)
    {
        if (Longest(w[..n], suffixes) is not { } found)
        {
            return n;
        }

        var stem = n - found.Suffix.Length;
        if (!test.Matches(w[..stem]))
        {
            return n;
        }

        found.Replacement.CopyTo(w[stem..]);
        return stem + found.Replacement.Length;
    }

    private static (string Suffix, string Replacement)? Longest(ReadOnlySpan<char> word, (string Suffix, string Replacement)[] suffixes)
    {
        (string Suffix, string Replacement)? longest = null;
        foreach (var entry in suffixes)
        {
            if (entry.Suffix.Length < word.Length && entry.Suffix.Length > (longest?.Suffix.Length ?? 0) && word.EndsWith(entry.Suffix))
            {
                longest = entry;
            }
        }

        return longest;
    }

    /// <summary>Step 4's suffixes go after a stem of measure two or more; failing any, "ion" after s or t does.</summary>
    private static int Step4(Span<char> w, int n)
    {
        var word = w[..n];
        if (Longest(word, Step4Suffixes) is { } found)
        {
            var stem = n - found.Suffix.Length;
            return Measure.AtLeastTwo.Matches(word[..stem]) ? stem : n;
        }

        if (n >= 5 && (word.EndsWith("sion") || word.EndsWith("tion")))
        {
            return Measure.AtLeastTwo.Matches(word[..^3]) ? n - 3 : n;
        }

        return n;
    }

    /// <summary>A final e goes after a stem of measure two, or of one not ending consonant-vowel-consonant; then "ll" of a word of measure two loses an l.</summary>
    private static int Step5(ReadOnlySpan<char> w, int n)
    {
        if (n >= 2 && w[n - 1] == 'e')
        {
            var stem = w[..(n - 1)];
            if (Measure.AtLeastTwo.Matches(stem) || (Measure.ExactlyOne.Matches(stem) && !Measure.ConsonantVowelConsonant.Matches(stem)))
            {
                n--;
            }
        }

        return n >= 2 && w[n - 1] == 'l' && w[n - 2] == 'l' && Measure.AtLeastTwo.Matches(w[..n]) ? n - 1 : n;
    }

    private static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// One of lunr's measure expressions, built from its character classes: <c>C</c> is <c>[^aeiou][^aeiouy]*</c>
    /// (a consonant sequence), <c>V</c> is <c>[aeiouy][aeiou]*</c> (a vowel sequence).
    /// </summary>
    private sealed class Measure
    {
        // The elements first: the expressions below are made of them as the class is initialised, in this order.
        private static readonly Element NotAeiou = new(ElementKind.One, CharacterClass.NotAeiou);
        private static readonly Element Aeiouy = new(ElementKind.One, CharacterClass.Aeiouy);
        private static readonly Element NotAeiouwxy = new(ElementKind.One, CharacterClass.NotAeiouwxy);

        /// <summary><c>C</c>: <c>[^aeiou][^aeiouy]*</c>.</summary>
        private static readonly Element[] Consonants = [NotAeiou, new(ElementKind.Any, CharacterClass.NotAeiouy)];

        /// <summary><c>V</c>: <c>[aeiouy][aeiou]*</c>.</summary>
        private static readonly Element[] Vowels = [Aeiouy, new(ElementKind.Any, CharacterClass.Aeiou)];

        /// <summary><c>^([C])?VC</c>: measure one or more.</summary>
        public static readonly Measure AtLeastOne = new(anchored: false, Optional(Consonants), Vowels, [NotAeiou]);

        /// <summary><c>^([C])?VC(V)?$</c>: measure exactly one.</summary>
        public static readonly Measure ExactlyOne = new(anchored: true, Optional(Consonants), Vowels, Consonants, Optional(Vowels));

        /// <summary><c>^([C])?VCVC</c>: measure two or more.</summary>
        public static readonly Measure AtLeastTwo = new(anchored: false, Optional(Consonants), Vowels, Consonants, Vowels, [NotAeiou]);

        /// <summary><c>^([C])?[aeiouy]</c>: a vowel somewhere.</summary>
        public static readonly Measure HasVowel = new(anchored: false, Optional(Consonants), [Aeiouy]);

        /// <summary><c>^C[aeiouy][^aeiouwxy]$</c>: consonant-vowel-consonant, the last not w, x or y.</summary>
        public static readonly Measure ConsonantVowelConsonant = new(anchored: true, Consonants, [Aeiouy], [NotAeiouwxy]);

        private readonly bool _anchored;
        private readonly Element[] _elements;

        private Measure(bool anchored, params Element[][] parts)
        {
            _anchored = anchored;
            _elements = [.. parts.SelectMany(p => p)];
        }

        /// <summary>
        /// Whether the expression matches <paramref name="text"/> from its start (to its end when anchored):
        /// the places it can have reached after each element are followed all at once, as a set, so no
        /// alternative is missed and none is tried twice.
        /// </summary>
        public bool Matches(ReadOnlySpan<char> text)
        {
            var n = text.Length;
            Span<bool> reached = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
            Span<bool> before = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
            reached[0] = true;
            foreach (var element in _elements)
            {
                switch (element.Kind)
                {
                    case ElementKind.OptionalStart:
                        reached.CopyTo(before);
                        break;
                    case ElementKind.OptionalEnd:
                        for (var p = 0; p <= n; p++)
                        {
                            reached[p] |= before[p];
                        }

                        break;
                    case ElementKind.One:
                        // From the end, so each place moves one further before it is read.
                        for (var p = n - 1; p >= 0; p--)
                        {
                            reached[p + 1] = reached[p] && In(element.Class, text[p]);
                        }

                        reached[0] = false;
                        break;
                    case ElementKind.Any:
                        // From the start, so a place reached here goes on in the same pass.
                        for (var p = 0; p < n; p++)
                        {
                            reached[p + 1] |= reached[p] && In(element.Class, text[p]);
                        }

                        break;
                }
            }

            return _anchored ? reached[n] : reached.Contains(true);
        }

        private static bool In(CharacterClass characters, char c) => characters switch
        {
            CharacterClass.NotAeiou => !IsAeiou(c),
            CharacterClass.NotAeiouy => !IsAeiou(c) && c != 'y',
            CharacterClass.Aeiouy => IsAeiou(c) || c == 'y',
            CharacterClass.Aeiou => IsAeiou(c),
            _ => !IsAeiou(c) && c is not ('w' or 'x' or 'y'),
        };

        private enum ElementKind
        {
            /// <summary>One character of the class.</summary>
            One,

            /// <summary>Any number of characters of the class.</summary>
            Any,
            OptionalStart,
            OptionalEnd,
        }

        private readonly record struct Element(ElementKind Kind, CharacterClass Class);

        private enum CharacterClass
        {
            /// <summary><c>[^aeiou]</c></summary>
            NotAeiou,

            /// <summary><c>[^aeiouy]</c></summary>
            NotAeiouy,

            /// <summary><c>[aeiouy]</c></summary>
            Aeiouy,

            /// <summary><c>[aeiou]</c></summary>
            Aeiou,

            /// <summary><c>[^aeiouwxy]</c></summary>
            NotAeiouwxy,
        }

        private static Element[] Optional(Element[] inner) =>
            [new(ElementKind.OptionalStart, default), .. inner, new(ElementKind.OptionalEnd, default)];
    }
}
