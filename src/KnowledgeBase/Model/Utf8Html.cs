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
[JsonConverter(typeof(JsonText))]
public sealed class Utf8Html : IEquatable<Utf8Html>
{
    public Utf8Html(string html) => Bytes = Encoding.UTF8.GetBytes(html);

    /// <summary>The HTML's UTF-8 bytes.</summary>
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

    /// <summary>A JSON string, as the HTML was stored when it was a string.</summary>
    private sealed class JsonText : JsonConverter<Utf8Html>
    {
        public override Utf8Html Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("HTML must be a string"));

        public override void Write(Utf8JsonWriter writer, Utf8Html value, JsonSerializerOptions options) => writer.WriteStringValue(value.Bytes);
    }
}
