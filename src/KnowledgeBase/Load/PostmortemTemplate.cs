namespace KnowledgeBase.Load;

/// <summary>
/// The template <c>kb new</c> starts a postmortem from: the knowledge base's own <see cref="OwnPath"/> when it
/// has one, else the theme's. Analysis reads its prompts so that a draft's unanswered prompts are not
/// taken for content.
/// </summary>
public static class PostmortemTemplate
{
    public const string FileName = "new-postmortem.md";

    /// <summary>Where a knowledge base keeps its own template, relative to its folder.</summary>
    public const string OwnPath = ".kb/" + FileName;

    /// <summary>The template's path: the knowledge base's own when it is a regular file inside it, else the theme's.</summary>
    public static string PathFor(string inputDirectory, string themeDirectory)
    {
        var own = Path.Combine(inputDirectory, OwnPath);
        return File.Exists(own) && RegularFile.Is(own) && RealPath.IsWithin(RealPath.Of(inputDirectory), RealPath.Of(own)) ? own : Path.Combine(themeDirectory, FileName);
    }

    /// <summary>The template's text, or "" when there is none to read.</summary>
    public static string Read(string inputDirectory, string themeDirectory)
    {
        var path = PathFor(inputDirectory, themeDirectory);
        return File.Exists(path) && RegularFile.Is(path) ? File.ReadAllText(path) : "";
    }
}
