using System.Text;

namespace KnowledgeBase.Model;

/// <summary>
/// HTML kept as the UTF-8 bytes it is written as: a rendered body is held from rendering until its page is
/// written, and at 10,000 postmortems the bodies take half the memory this way that strings would. Pages
/// copy the bytes straight into the file (see <c>Theming.Utf8HtmlValue</c>).
/// </summary>
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    public static Utf8Html Empty { get; } = new("");

    public Utf8Html(string html) => Bytes = Encoding.UTF8.GetBytes(html);

    /// <summary>The HTML's UTF-8 bytes; a page's fingerprint (<c>Incremental.PageCache</c>) reads them.</summary>
    public byte[] Bytes { get; }

    public static implicit operator Utf8Html(string html) => new(html);

    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    public bool Equals(Utf8Html? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}
