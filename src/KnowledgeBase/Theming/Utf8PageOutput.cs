using System.Buffers;
using Fluid;
using Fluid.Utils;

namespace KnowledgeBase.Theming;

/// <summary>
/// Where Fluid writes a page: its text, encoded to UTF-8 into <paramref name="bytes"/>, and HTML that is
/// already UTF-8 (<see cref="Utf8HtmlValue"/>), copied in as it is, after the text written before it.
/// </summary>
internal sealed class Utf8PageOutput(IBufferWriter<byte> bytes) : IFluidOutput, IDisposable
{
    private readonly Utf8FluidOutput _text = new(bytes);

    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        // The text written so far is encoded into the bytes first (Utf8FluidOutput flushes synchronously).
        _text.FlushAsync().AsTask().GetAwaiter().GetResult();
        bytes.Write(utf8);
    }

    public void Write(string value) => _text.Write(value);

    public void Write(char[] buffer, int index, int count) => _text.Write(buffer, index, count);

    public ValueTask FlushAsync() => _text.FlushAsync();

    public void Advance(int count) => _text.Advance(count);

    public Memory<char> GetMemory(int sizeHint = 0) => _text.GetMemory(sizeHint);

    public Span<char> GetSpan(int sizeHint = 0) => _text.GetSpan(sizeHint);

    /// <summary>Encodes what is left of the text into the bytes.</summary>
    public void Dispose() => _text.Dispose();
}
