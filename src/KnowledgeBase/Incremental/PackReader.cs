using System.Text;

namespace KnowledgeBase.Incremental;

/// <summary>Reads what <see cref="PackWriter"/> wrote; an <see cref="InvalidDataException"/> for anything it could not have.</summary>
internal ref struct PackReader(ReadOnlySpan<byte> bytes)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _at;

    /// <summary>A count, which cannot exceed the bytes left (every item takes at least one).</summary>
    public int Count()
    {
        var value = Number();
        return value <= (uint)(_bytes.Length - _at) ? (int)value : throw Damaged();
    }

    public uint Number()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_at >= _bytes.Length)
            {
                throw Damaged();
            }

            var b = _bytes[_at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Damaged();
    }

    /// <summary>A number read as a signed one, for what the writer wrote from an <see cref="int"/>.</summary>
    public int Int() => Number() is var value && value <= int.MaxValue ? (int)value : throw Damaged();

    public string Text()
    {
        var length = Count();
        try
        {
            var text = Strict.GetString(_bytes.Slice(_at, length));
            _at += length;
            return text;
        }
        catch (DecoderFallbackException)
        {
            throw Damaged();
        }
    }

    /// <summary>Nothing may follow the last item.</summary>
    public readonly void End()
    {
        if (_at != _bytes.Length)
        {
            throw Damaged();
        }
    }

    private static InvalidDataException Damaged() => new("a damaged cache entry");
}
