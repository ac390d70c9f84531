namespace KnowledgeBase.Analysis.Search;

/// <summary>lunr.trimmer: strips non-word characters (JavaScript's ASCII <c>\W</c>) from both ends of a token.</summary>
public static class LunrTrimmer
{
    public static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !LunrText.IsJsWordChar(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !LunrText.IsJsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }
}
