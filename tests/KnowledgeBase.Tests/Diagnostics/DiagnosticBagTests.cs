using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Diagnostics;

public class DiagnosticBagTests
{
    [Fact]
    public void Sorted_list_is_sorted_and_without_duplicates()
    {
        var bag = new DiagnosticBag();
        bag.Error("b.md", new SourcePosition(1, 1), DiagnosticCodes.MissingTitle, "m");
        bag.Error("a.md", new SourcePosition(2, 1), DiagnosticCodes.WrongType, "m");
        bag.Error("a.md", new SourcePosition(2, 1), DiagnosticCodes.WrongType, "m");
        bag.Warning("a.md", new SourcePosition(1, 5), DiagnosticCodes.MissingDate, "m");

        Assert.Equal([("KB2004", 1, 5), ("KB2002", 2, 1), ("KB2001", 1, 1)], bag.Positions());
    }

    [Fact]
    public void Report_uses_the_default_severity_of_the_code()
    {
        var bag = new DiagnosticBag();
        bag.Report("a.md", SourcePosition.Start, DiagnosticCodes.MissingDate, "w");
        Assert.False(bag.HasErrors);

        bag.Report("a.md", SourcePosition.Start, DiagnosticCodes.WrongType, "e");
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Strict_makes_every_warning_an_error()
    {
        var bag = new DiagnosticBag();
        bag.Warning("a.md", SourcePosition.Start, DiagnosticCodes.MissingDate, "w");

        Assert.All(bag.ToSortedList(strict: true), d => Assert.True(d.IsError));
        Assert.All(bag.ToSortedList(), d => Assert.False(d.IsError));
    }

    [Fact]
    public void Parallel_adds_are_all_kept()
    {
        var bag = new DiagnosticBag();

        Parallel.For(0, 1000, i => bag.Error("a.md", new SourcePosition(i + 1, 1), DiagnosticCodes.WrongType, "m"));

        Assert.Equal(1000, bag.ToSortedList().Count);
    }
}
