using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Rendering;

/// <summary>
/// Whether a file linked from a postmortem would run script if the site published it. A page, a script
/// or a scripted SVG opened from the knowledge base runs on its origin, with its search data and its
/// drafts in reach: such a file is not published. Images, text, logs and archives are passive: a browser
/// shows or downloads them.
/// </summary>
public static partial class ActiveContent
{
    /// <summary>Formats a browser runs as a document or a script, whatever they hold.</summary>
    private static readonly HashSet<string> ActiveExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".shtml", ".xhtml", ".xht", ".xml", ".xsl", ".xslt", ".mht", ".mhtml",
        ".js", ".mjs", ".wasm", ".swf", ".svgz",
    };

    /// <summary>An SVG larger than this is not read through: a diagram is far smaller.</summary>
    private const int MaxSvgBytes = 4 * 1024 * 1024;

    /// <returns>Why the file is active ("an HTML page"), or null when it is safe to publish.</returns>
    public static string? Reason(string fullPath)
    {
        var extension = Path.GetExtension(fullPath);
        if (ActiveExtensions.Contains(extension))
        {
            return $"a {extension.TrimStart('.').ToLowerInvariant()} file";
        }

        if (!extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // An SVG is an image when it stays inside <img>, a document when opened: it is published only
        // when it holds nothing that could run (checked on its raw text, so no parser can be talked out of it).
        var info = new FileInfo(fullPath);
        if (info.Length > MaxSvgBytes)
        {
            return "an SVG too large to check for script";
        }

        // Numeric character references (&#106;avascript:) are read as the characters they stand for; XML
        // has no other way to spell a word differently, once entity declarations are refused.
        var text = NumericReference().Replace(Encoding.UTF8.GetString(File.ReadAllBytes(fullPath)), Decode);
        return Scripted().IsMatch(text) ? "an SVG with script, event handlers or embedded documents" : null;
    }

    private static string Decode(Match match)
    {
        var hex = match.Groups["hex"].Success;
        var digits = hex ? match.Groups["hex"].Value : match.Groups["dec"].Value;
        return int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            && code is > 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF
            ? char.ConvertFromUtf32(code)
            : "\uFFFD";
    }

    [GeneratedRegex(@"&#(?:[xX](?<hex>[0-9a-fA-F]{1,8})|(?<dec>[0-9]{1,10}));?")]
    private static partial Regex NumericReference();

    /// <summary>
    /// What lets an SVG run script or load a document: script elements, on* handlers, javascript: and
    /// non-image data: URLs, embedded frames and objects, entity declarations (which can hide any of
    /// these) and XSLT processing instructions. HTML labels in foreignObject (as diagram tools export
    /// them) are fine unless they hold one of these.
    /// </summary>
    [GeneratedRegex(@"<\s*script|\bon[a-z]+\s*=|javascript\s*:|data\s*:(?!\s*image/(png|jpe?g|gif|webp)[;,])|<\s*(iframe|embed|object|frame)\b|<!entity|<\?xml-stylesheet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Scripted();
}
