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

    /// <summary>A text kept as UTF-8 in <paramref name="store"/> at <paramref name="offset"/>, read when asked for.</summary>
    public static BodyText Stored(IByteRanges store, long offset, int length) => new Kept(store, offset, length);

    /// <summary>Whether the text lives in a store rather than in memory.</summary>
    public virtual bool IsStored => false;

    private sealed class Held(string text) : BodyText
    {
        public override string Read() => text;
    }

    private sealed class Kept(IByteRanges store, long offset, int length) : BodyText
    {
        public override string Read() => System.Text.Encoding.UTF8.GetString(store.Read(offset, length));

        public override bool IsStored => true;
    }
}
