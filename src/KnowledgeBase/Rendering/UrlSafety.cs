namespace KnowledgeBase.Rendering;

/// <summary>
/// Which URLs may appear in a page: http, https and mailto, plus relative ones. Browsers ignore tabs,
/// newlines and leading control characters in a URL, so those are dropped before the scheme is read
/// (<c>java&#9;script:</c> is still <c>javascript:</c>).
/// </summary>
public static class UrlSafety
{
    /// <summary>The schemes a URL may have (the sanitizer's allow-list has the same).</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["http", "https", "mailto"];

    public static bool IsAllowed(string url)
    {
        var scheme = SchemeOf(url);
        return scheme is null || Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The scheme of <paramref name="url"/> in lower case, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.Where(c => c > ' ')]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var candidate = cleaned[..colon];
        var isScheme = char.IsAsciiLetter(candidate[0]) && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
        var beforePathOrQuery = cleaned.IndexOfAny(['/', '?', '#']) is var stop && (stop < 0 || stop > colon);
        return isScheme && beforePathOrQuery ? candidate.ToLowerInvariant() : null;
    }
}
