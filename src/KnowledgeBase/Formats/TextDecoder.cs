using System.Text;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Formats;

/// <summary>
/// Decodes file bytes as strict UTF-8. Invalid bytes are an error at their line and column rather than
/// silently replaced, since a replacement character in a published postmortem hides the author's text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : FirstInvalidOffset(bytes);
            diagnostics.Error(path, PositionOf(bytes, offset), DiagnosticCodes.InvalidUtf8,
                $"invalid UTF-8 (byte 0x{bytes[offset]:X2}); save the file as UTF-8");
            return null;
        }

        // One line-end convention for the whole pipeline: positions and output never depend on the author's editor.
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }

    /// <summary>
    /// The 1-based line and column (in characters) of a byte offset in valid text before it. A line ends at
    /// <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as <see cref="Decode"/> folds them.
    /// </summary>
    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return new SourcePosition(line, column);
    }
}
