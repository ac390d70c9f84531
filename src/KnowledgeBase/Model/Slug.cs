using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Model;

/// <summary>
/// Safe URL segments. A slug is lower-case ASCII letters and digits joined by single hyphens, so it can
/// never climb out of a folder (<c>../</c>), hide a file (<c>.</c>) or differ from another only by case.
/// </summary>
public static partial class Slug
{
    private static readonly HashSet<string> WindowsReserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    // Latin letters with a canonical decomposition (U+00C0 to U+017F) and the ASCII letter they decompose
    // to. String.Normalize cannot do this under InvariantGlobalization, which builds use for determinism.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    public static bool IsValid(string value) =>
        value.Length <= 200 && SlugPattern().IsMatch(value) && !WindowsReserved.Contains(value);

    /// <summary>Symbols that tell names apart ("C++" and "C#"), spelled out in a term's address.</summary>
    private static readonly (char Symbol, string Word)[] SpelledSymbols =
        [('+', "plus"), ('#', "sharp"), ('&', "and"), ('@', "at"), ('%', "percent")];

    /// <summary>
    /// The address of a tag or service page: the name's slug, with the symbols that tell names apart
    /// spelled out (<c>C++</c> is <c>c-plus-plus</c>, <c>C#</c> <c>c-sharp</c>, <c>Google+</c>
    /// <c>google-plus</c>). Case, accents, separators and punctuation do not count ("CI/CD" and "ci-cd"
    /// share <c>ci-cd</c>); any letter the slug cannot hold (<c>AWS 東京</c>), or a name too long for one,
    /// adds a hash of the whole name, so two names that differ in their letters never share a page.
    /// </summary>
    public static string ForTerm(string name)
    {
        var spelled = name;
        foreach (var (symbol, word) in SpelledSymbols)
        {
            spelled = spelled.Replace(symbol.ToString(), $" {word} ", StringComparison.Ordinal);
        }

        var slug = From(spelled);
        var letters = new string([.. spelled.Select(Fold).Where(char.IsLetterOrDigit)]);
        if (slug.Length < MaxTermLength && slug.Replace("-", "", StringComparison.Ordinal) == letters)
        {
            return slug;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(letters)))[..8];
        var kept = slug.Length <= MaxTermLength ? slug : slug[..MaxTermLength].TrimEnd('-');
        return kept + "-" + hash;
    }

    /// <summary>A character in lower case, a Latin letter without its accent.</summary>
    private static char Fold(char c)
    {
        var accent = Accented.IndexOf(c, StringComparison.Ordinal);
        return char.ToLowerInvariant(accent >= 0 ? Unaccented[accent] : c);
    }

    /// <summary>Past this length a term's slug is cut and made unique by a hash.</summary>
    private const int MaxTermLength = 100;

    /// <summary>
    /// Turns any text into a slug: accents dropped from Latin letters, other characters become hyphens. Text with no
    /// letter or digit at all gets a short stable hash instead, so it still has an address.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Fold(original);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 120)
        {
            slug = slug[..120].TrimEnd('-');
        }

        if (slug.Length == 0 || WindowsReserved.Contains(slug))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            slug = (slug.Length == 0 ? "x-" : slug + "-") + Convert.ToHexStringLower(hash)[..8];
        }

        return slug;
    }
}
