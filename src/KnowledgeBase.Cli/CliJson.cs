using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Cli;

/// <summary>How commands print JSON: indented for people, unescaped non-ASCII (it goes to a terminal or a file, never into HTML).</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
