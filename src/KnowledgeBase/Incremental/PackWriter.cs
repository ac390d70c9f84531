using System.Text;

namespace KnowledgeBase.Incremental;

/// <summary>Writes unsigned numbers in seven-bit groups (small numbers take one byte) and texts as UTF-8 after their length.</summary>
internal sealed class PackWriter
{
    private byte[] _bytes = new byte[256];
    private int _length;

    public void Count(int value) => Number((uint)value);

    public void Number(uint value)
    {
        Ensure(5);
        while (value >= 0x80)
        {
            _bytes[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _bytes[_length++] = (byte)value;
    }

    public void Text(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        Count(length);
        Ensure(length);
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
    }

    public byte[] ToArray() => _bytes[.._length];

    private void Ensure(int more)
    {
        if (_length + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + more));
        }
    }
}
