using KnowledgeBase.Analysis.Search;

namespace KnowledgeBase.Tests.Analysis.Search;

/// <summary>Lower-casing a text in runs (ASCII as ASCII) gives what lower-casing it one character at a time gives.</summary>
public sealed class LunrTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Disk FULL on DB-01 at 03:10 UTC")]
    [InlineData("03:10 UTC — Responders checked the Queue — then the CACHE")]
    [InlineData("ÀÉÎÕÜ Ünïcödé wörds, 東京 REGION")]
    [InlineData("Deseret \U00010400\U00010401 and A\U00010400B")]
    [InlineData("İstanbul ΣΑΣ ǅ ǈ ÿŸ")]
    [InlineData("lone \uD801 high and \uDC00 low SURROGATES")]
    [InlineData("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ then ASCII THAT IS LONGER THAN A VECTOR OF CHARACTERS")]
    public void A_text_lowers_as_invariant_lower_casing_lowers_it(string text)
    {
        var expected = new char[text.Length];
        text.AsSpan().ToLowerInvariant(expected);
        var lowered = new char[text.Length];

        LunrText.ToLowerInvariant(text, lowered);

        Assert.Equal(new string(expected), new string(lowered));
    }
}
