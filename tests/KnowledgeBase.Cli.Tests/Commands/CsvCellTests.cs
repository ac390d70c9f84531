using KnowledgeBase.Cli.Commands;

namespace KnowledgeBase.Cli.Tests.Commands;

/// <summary>A CSV cell is text to a spreadsheet, never a formula, and keeps RFC 4180's quoting.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    public void A_cell_that_starts_like_a_formula_gets_a_leading_quote(string value, string cell)
    {
        Assert.Equal(cell, CsvCell.Format(value));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("payments-team", "payments-team")]
    [InlineData("1 = 1", "1 = 1")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Any_other_cell_is_kept_and_quoted_only_when_it_must_be(string value, string cell)
    {
        Assert.Equal(cell, CsvCell.Format(value));
    }
}
