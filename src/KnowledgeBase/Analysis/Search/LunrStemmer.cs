using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// lunr.stemmer: the Porter stemmer as lunr 2.3.9 implements it, quirks included (a leading "y" is a
/// consonant; the measure regexes are lunr's). The browser stems query words with lunr's own copy, so
/// any difference here would make indexed words unfindable; the conformance test stems every word of the
/// shared corpus with both and requires identical output.
/// </summary>
public static partial class LunrStemmer
{
    // Building blocks of the measure tests, in lunr's words: c consonant, v vowel, C and V sequences.
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string Consonants = Consonant + "[^aeiouy]*";
    private const string Vowels = Vowel + "[aeiou]*";
    private const string MeasureAtLeastOne = "^(" + Consonants + ")?" + Vowels + Consonants;
    private const string MeasureExactlyOne = "^(" + Consonants + ")?" + Vowels + Consonants + "(" + Vowels + ")?$";
    private const string MeasureAtLeastTwo = "^(" + Consonants + ")?" + Vowels + Consonants + Vowels + Consonants;
    private const string HasVowel = "^(" + Consonants + ")?" + Vowel;
    private const string EndsConsonantVowelConsonant = "^" + Consonants + Vowel + "[^aeiouwxy]$";

    private static readonly FrozenDictionary<string, string> Step2Suffixes = new Dictionary<string, string>
    {
        ["ational"] = "ate",
        ["tional"] = "tion",
        ["enci"] = "ence",
        ["anci"] = "ance",
        ["izer"] = "ize",
        ["bli"] = "ble",
        ["alli"] = "al",
        ["entli"] = "ent",
        ["eli"] = "e",
        ["ousli"] = "ous",
        ["ization"] = "ize",
        ["ation"] = "ate",
        ["ator"] = "ate",
        ["alism"] = "al",
        ["iveness"] = "ive",
        ["fulness"] = "ful",
        ["ousness"] = "ous",
        ["aliti"] = "al",
        ["iviti"] = "ive",
        ["biliti"] = "ble",
        ["logi"] = "log",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Step3Suffixes = new Dictionary<string, string>
    {
        ["icate"] = "ic",
        ["ative"] = "",
        ["alize"] = "al",
        ["iciti"] = "ic",
        ["ical"] = "ic",
        ["ful"] = "",
        ["ness"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(MeasureAtLeastOne)] private static partial Regex M1();
    [GeneratedRegex(MeasureExactlyOne)] private static partial Regex MEq1();
    [GeneratedRegex(MeasureAtLeastTwo)] private static partial Regex M2();
    [GeneratedRegex(HasVowel)] private static partial Regex StemHasVowel();
    [GeneratedRegex(EndsConsonantVowelConsonant)] private static partial Regex Cvc();
    [GeneratedRegex("^(.+?)(ss|i)es$")] private static partial Regex Step1aSses();
    [GeneratedRegex("^(.+?)([^s])s$")] private static partial Regex Step1aS();
    [GeneratedRegex("^(.+?)eed$")] private static partial Regex Step1bEed();
    [GeneratedRegex("^(.+?)(ed|ing)$")] private static partial Regex Step1bEdIng();
    [GeneratedRegex("(at|bl|iz)$")] private static partial Regex Step1bRestoreE();
    [GeneratedRegex("([^aeiouylsz])\\1$")] private static partial Regex DoubleConsonant();
    [GeneratedRegex("^(.+?[^aeiou])y$")] private static partial Regex Step1c();
    [GeneratedRegex("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")]
    private static partial Regex Step2();
    [GeneratedRegex("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$")] private static partial Regex Step3();
    [GeneratedRegex("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")]
    private static partial Regex Step4();
    [GeneratedRegex("^(.+?)(s|t)(ion)$")] private static partial Regex Step4Ion();
    [GeneratedRegex("^(.+?)e$")] private static partial Regex Step5E();
    [GeneratedRegex("ll$")] private static partial Regex Step5DoubleL();

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // A leading y is a consonant: upper-case it so the vowel classes above do not match it.
        var leadingY = word[0] == 'y';
        var w = leadingY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        if (Step1c().Match(w) is { Success: true } c)
        {
            w = c.Groups[1].Value + "i";
        }

        w = ReplaceSuffix(w, Step2(), Step2Suffixes);
        w = ReplaceSuffix(w, Step3(), Step3Suffixes);
        w = Step4Remove(w);
        w = Step5(w);

        return leadingY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        if (Step1aSses().Match(w) is { Success: true } sses)
        {
            return sses.Groups[1].Value + sses.Groups[2].Value;
        }

        return Step1aS().Match(w) is { Success: true } s ? s.Groups[1].Value + s.Groups[2].Value : w;
    }

    private static string Step1b(string w)
    {
        if (Step1bEed().Match(w) is { Success: true } eed)
        {
            return M1().IsMatch(eed.Groups[1].Value) ? w[..^1] : w;
        }

        if (Step1bEdIng().Match(w) is not { Success: true } edIng || !StemHasVowel().IsMatch(edIng.Groups[1].Value))
        {
            return w;
        }

        var stem = edIng.Groups[1].Value;
        if (Step1bRestoreE().IsMatch(stem))
        {
            return stem + "e";
        }

        if (DoubleConsonant().IsMatch(stem))
        {
            return stem[..^1];
        }

        return Cvc().IsMatch(stem) ? stem + "e" : stem;
    }

    private static string ReplaceSuffix(string w, Regex pattern, FrozenDictionary<string, string> replacements)
    {
        var match = pattern.Match(w);
        return match.Success && M1().IsMatch(match.Groups[1].Value)
            ? match.Groups[1].Value + replacements[match.Groups[2].Value]
            : w;
    }

    private static string Step4Remove(string w)
    {
        if (Step4().Match(w) is { Success: true } suffix)
        {
            return M2().IsMatch(suffix.Groups[1].Value) ? suffix.Groups[1].Value : w;
        }

        if (Step4Ion().Match(w) is { Success: true } ion)
        {
            var stem = ion.Groups[1].Value + ion.Groups[2].Value;
            return M2().IsMatch(stem) ? stem : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (Step5E().Match(w) is { Success: true } e)
        {
            var stem = e.Groups[1].Value;
            if (M2().IsMatch(stem) || (MEq1().IsMatch(stem) && !Cvc().IsMatch(stem)))
            {
                w = stem;
            }
        }

        return Step5DoubleL().IsMatch(w) && M2().IsMatch(w) ? w[..^1] : w;
    }
}
