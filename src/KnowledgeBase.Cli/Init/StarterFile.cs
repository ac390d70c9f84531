namespace KnowledgeBase.Cli.Init;

/// <summary>One file of a new knowledge base: where it goes (with '/'), what it is for, and its text.</summary>
internal sealed record StarterFile(string Path, string Purpose, string Text);
