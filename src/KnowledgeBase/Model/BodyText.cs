namespace KnowledgeBase.Model;

/// <summary>
/// The plain text of a rendered body, wherever it lives until analysis reads it: in memory, or in a
/// one-off build's spill file (the texts of a large knowledge base are most of its data between
/// rendering and analysis). Analysis reads each once; nothing after it does.
/// </summary>
public abstract class BodyText
{
    public abstract string Read();

    public static BodyText InMemory(string text) => new Held(text);

    private sealed class Held(string text) : BodyText
    {
        public override string Read() => text;
    }
}
