namespace KnowledgeBase.Cli.Tests;

/// <summary>Control characters from the files become visible escapes; everything else is printed as written.</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("\u001b]0;PWNED\u0007\u001b[2J", @"\e]0;PWNED\a\e[2J")]
    [InlineData("nul\0", @"nul\x00")]
    [InlineData("del\u007f", @"del\x7f")]
    [InlineData("csi\u009b2J", @"csi\x9b2J")]
    [InlineData("line\u2028separator", @"line\u2028separator")]
    [InlineData("txt.\u202egnp", @"txt.\u202egnp")]
    public void Control_characters_are_escaped(string text, string printed)
    {
        Assert.Equal(printed, TerminalText.Escape(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("checkout-pool-exhaustion-2023")]
    [InlineData(@"C:\kb\a.md")]
    [InlineData("Überlastung des Zahlungsdienstes — 5 % der Anfragen")]
    [InlineData("数据库连接池耗尽 🔥")]
    public void Printable_text_is_left_as_written(string text)
    {
        Assert.Same(text, TerminalText.Escape(text));
    }
}
