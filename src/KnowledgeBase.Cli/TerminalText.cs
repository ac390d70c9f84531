using System.Globalization;
using System.Text;

namespace KnowledgeBase.Cli;

/// <summary>
/// Text from the knowledge base's files (tags, titles, owners, file names) as kb prints it: every control
/// character written as a visible escape. A line break in a tag would otherwise start a line of its own that
/// editors and CI read as a finding (<c>spoofed.md:1:1: error ...</c>), and an escape sequence in a title
/// would reach the terminal, which obeys it (retitle the window, clear the screen, rewrite what was printed).
/// Bidirectional overrides are escaped too: they reorder what a line shows.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(MustEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!MustEscape(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\u001b' => @"\e",
                '\u0007' => @"\a",
                _ => string.Format(CultureInfo.InvariantCulture, c <= '\u00ff' ? @"\x{0:x2}" : @"\u{0:x4}", (int)c),
            });
        }

        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls and DEL, line and paragraph separators, and the bidirectional formatting characters.</summary>
    private static bool MustEscape(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' or '\u200e' or '\u200f' or '\u061c'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069';
}
