namespace KnowledgeBase.Load;

/// <summary>A postmortem file as read from disk: decoded, BOM removed, line ends folded to <c>\n</c>.</summary>
/// <param name="RelativePath">Relative to the input folder, with forward slashes; the name used in every message.</param>
public sealed record SourceFile(string RelativePath, string FullPath, string Text)
{
    public string FileNameWithoutExtension => Path.GetFileNameWithoutExtension(RelativePath);
}
