using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Model;

/// <summary>
/// HTML kept as the UTF-8 bytes it is written as: a rendered body is held from rendering until its page is
/// written, and at 10,000 postmortems the bodies take half the memory this way that strings would. Pages
/// copy the bytes straight into the file (see <c>Theming.Utf8HtmlValue</c>). In JSON (the render cache's
/// files, a page's fingerprint) it is the text it encodes, written from the bytes.
/// </summary>
/// <remarks>
/// A build may move the bytes out of memory into a <see cref="IByteRanges"/> store (see
/// <c>Output.SpillFile</c>) between rendering and writing; <see cref="Bytes"/> then reads them back.
/// </remarks>
[JsonConverter(typeof(JsonText))]
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    private readonly byte[]? _bytes;
    private readonly IByteRanges? _store;
    private readonly long _offset;
    private readonly int _length;

    public Utf8Html(string html) => _bytes = Encoding.UTF8.GetBytes(html);

    private Utf8Html(IByteRanges store, long offset, int length)
    {
        _store = store;
        _offset = offset;
        _length = length;
    }

    /// <summary>HTML whose bytes were kept in <paramref name="store"/> at <paramref name="offset"/>.</summary>
    public static Utf8Html Stored(IByteRanges store, long offset, int length) => new(store, offset, length);

    /// <summary>The HTML's UTF-8 bytes (read from its store each time, when it has one).</summary>
    public byte[] Bytes => _bytes ?? _store!.Read(_offset, _length);

    /// <summary>Whether the bytes live in a store rather than in memory.</summary>
    public bool IsStored => _store is not null;

    /// <summary>How many bytes the HTML has.</summary>
    public int Length => _bytes?.Length ?? _length;

    public static implicit operator Utf8Html(string html) => new(html);

    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    public bool Equals(Utf8Html? other) => other is not null && Length == other.Length && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => Equals(obj as Utf8Html);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>A JSON string, as the HTML was stored when it was a string.</summary>
    private sealed class JsonText : JsonConverter<Utf8Html>
    {
        public override Utf8Html Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("HTML must be a string"));

        public override void Write(Utf8JsonWriter writer, Utf8Html value, JsonSerializerOptions options) => writer.WriteStringValue(value.Bytes);
    }
}
