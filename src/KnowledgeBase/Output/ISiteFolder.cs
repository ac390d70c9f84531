namespace KnowledgeBase.Output;

/// <summary>
/// Where the write stage puts a site. <see cref="StagingDirectory"/> builds it beside the output and swaps
/// it in whole (<c>kb build</c>); <see cref="LiveSiteFolder"/> updates a served folder in place, touching
/// only files whose bytes changed (<c>kb serve</c>). Paths are relative, with forward slashes.
/// </summary>
public interface ISiteFolder : IDisposable
{
    void WriteBytes(string relativePath, byte[] content);

    void WriteText(string relativePath, string text);

    void CopyFile(string relativePath, string sourceFile);

    /// <summary>Whether this build already wrote the file.</summary>
    bool Contains(string relativePath);

    /// <summary>Makes this build's files the site.</summary>
    void Commit();
}
