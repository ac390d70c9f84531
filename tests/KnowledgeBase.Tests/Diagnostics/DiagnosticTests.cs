using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Tests.Diagnostics;

public class DiagnosticTests
{
    private static Diagnostic D(string path, int line, int column, string code, string message = "m", DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(path, new SourcePosition(line, column), severity, code, message);

    [Fact]
    public void Order_is_path_then_line_then_column_then_code()
    {
        Diagnostic[] sorted =
        [
            D("B.md", 9, 9, "KB9999"),
            D("a.md", 2, 1, "KB2001"),
            D("a.md", 10, 1, "KB1001"),
            D("a.md", 10, 2, "KB1001"),
            D("a.md", 10, 2, "KB1002"),
            D("a/b.md", 1, 1, "KB1001"),
            D("ab.md", 1, 1, "KB1001"),
        ];

        // Every rotation of the reversed list sorts back to the same order.
        var reversed = sorted.Reverse().ToList();
        for (var shift = 0; shift < sorted.Length; shift++)
        {
            var input = reversed.Skip(shift).Concat(reversed.Take(shift)).ToList();
            input.Sort(Diagnostic.Order);
            Assert.Equal(sorted, input);
        }
    }

    [Fact]
    public void Order_is_total_even_for_the_same_place_and_code()
    {
        var a = D("a.md", 1, 1, "KB2002", "alpha");
        var b = D("a.md", 1, 1, "KB2002", "beta");
        var warning = D("a.md", 1, 1, "KB2002", "alpha", DiagnosticSeverity.Warning);

        Assert.True(Diagnostic.Order.Compare(a, b) < 0);
        Assert.True(Diagnostic.Order.Compare(b, a) > 0);
        Assert.NotEqual(0, Diagnostic.Order.Compare(a, warning));
        Assert.Equal(0, Diagnostic.Order.Compare(a, D("a.md", 1, 1, "KB2002", "alpha")));
    }

    [Fact]
    public void Diagnostic_prints_as_path_line_column_severity_code_message()
    {
        Assert.Equal("x/a.md:3:14: error KB2002: bad", D("x/a.md", 3, 14, "KB2002", "bad").ToString());
        Assert.Equal("a.md:1:1: warning KB2004: w", D("a.md", 1, 1, "KB2004", "w", DiagnosticSeverity.Warning).ToString());
    }

    [Fact]
    public void Every_code_is_unique_and_in_order()
    {
        var ids = DiagnosticCodes.All.Select(c => c.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(ids, id => Assert.Matches("^KB[1-5][0-9]{3}$", id));
    }
}
