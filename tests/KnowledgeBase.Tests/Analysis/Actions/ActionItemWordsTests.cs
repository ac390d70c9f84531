using KnowledgeBase.Analysis.Actions;

namespace KnowledgeBase.Tests.Analysis.Actions;

public sealed class ActionItemWordsTests
{
    [Fact]
    public void The_words_are_spelled_as_front_matter_spells_statuses_and_read_back()
    {
        Assert.Equal(["open", "in-progress", "overdue", "done", "wont-do"], ActionItemWords.All.Select(w => w.Spelling()));
        Assert.All(ActionItemWords.All, w => Assert.Equal(w, ActionItemWords.Parse(w.Spelling())));
        Assert.Null(ActionItemWords.Parse("closed"));
    }
}
