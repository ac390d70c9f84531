namespace KnowledgeBase.Rendering;

/// <summary>What a relative link in a postmortem leads to.</summary>
public abstract record LinkTarget
{
    /// <summary>Another postmortem's page (an output path), with the fragment the author wrote.</summary>
    public sealed record Page(string OutputPath, string Fragment) : LinkTarget;

    /// <summary>A file of the input folder that is copied to the site (an image, a log excerpt).</summary>
    public sealed record Attachment(string SourcePath, string OutputPath, string Fragment) : LinkTarget;

    /// <summary>A postmortem that exists but is left out of this site (a draft).</summary>
    public sealed record Excluded(string SourcePath) : LinkTarget;

    public sealed record Missing(string ResolvedPath) : LinkTarget;

    /// <summary>A file of the input folder that must not be published: it would run script on the site's origin.</summary>
    public sealed record Active(string ResolvedPath, string Reason) : LinkTarget;
}
