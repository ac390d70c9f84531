using System.Text;

namespace KnowledgeBase.Analysis.Search;

/// <summary>
/// The few JavaScript string rules lunr.js depends on, so the C# side cuts and cases text exactly as the
/// browser does: JavaScript's whitespace set (its <c>\s</c>), its <c>\W</c> (ASCII only, unlike .NET's),
/// and <c>toLowerCase</c>, which differs from .NET's invariant lower-casing for a dotted capital I and a
/// final capital sigma.
/// </summary>
public static class LunrText
{
    /// <summary>JavaScript's <c>\s</c>: ECMAScript WhiteSpace and LineTerminator.</summary>
    public static bool IsJsWhitespace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00a0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202f' or '\u205f' or '\u3000' or '\ufeff' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>JavaScript's <c>\w</c>: ASCII letters, digits and underscore only.</summary>
    public static bool IsJsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Whether <paramref name="text"/> holds a letter JavaScript lower-cases differently from .NET's simple mapping (İ, Σ).</summary>
    public static bool NeedsFullCaseMapping(string text) => text.AsSpan().IndexOfAny('\u0130', '\u03a3') >= 0;

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant"/> into <paramref name="destination"/> (as long as
    /// <paramref name="source"/>), its runs of ASCII lower-cased as ASCII. With invariant globalization (kb's
    /// setting) .NET lower-cases every character through its casing table, one at a time: a body of prose
    /// took 13 times as long as its ASCII runs do this way. Runs end only at ASCII characters, so no run
    /// splits a surrogate pair; each character lower-cases on its own, so the result is the same.
    /// </summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        var at = 0;
        while (at < source.Length)
        {
            // Stops at the first character that is not ASCII, having lower-cased those before it.
            Ascii.ToLower(source[at..], destination[at..], out var ascii);
            at += ascii;
            if (at == source.Length)
            {
                break;
            }

            // At least one character, so the loop always moves on.
            var next = source[at..].IndexOfAnyInRange('\0', '\u007f');
            var length = next < 0 ? source.Length - at : Math.Max(next, 1);
            source.Slice(at, length).ToLowerInvariant(destination.Slice(at, length));
            at += length;
        }
    }

    public static string ToLower(string text)
    {
        var lower = string.Create(text.Length, text, static (destination, text) => ToLowerInvariant(text, destination));
        if (!NeedsFullCaseMapping(text))
        {
            return lower;
        }

        // Full case mapping: İ becomes "i" + combining dot; Σ at the end of a word becomes ς.
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (c == '\u03a3')
            {
                var afterLetter = i > 0 && char.IsLetter(text[i - 1]);
                var beforeLetter = i + 1 < text.Length && char.IsLetter(text[i + 1]);
                builder.Append(afterLetter && !beforeLetter ? '\u03c2' : '\u03c3');
            }
            else
            {
                builder.Append(lower[i]);
            }
        }

        return builder.ToString();
    }
}
