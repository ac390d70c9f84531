namespace KnowledgeBase.Output;

/// <summary>The site could not be written where asked; the message says why, and the previous site is intact.</summary>
public class OutputException(string message) : Exception(message);
