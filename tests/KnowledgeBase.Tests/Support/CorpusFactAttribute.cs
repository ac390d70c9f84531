namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A test on folders of ../shared/corpus (real postmortems, and the deliberately broken files of <c>bad</c>):
/// skipped, with the reason, in a clone that has no shared folder beside it (a clone on GitHub), instead
/// of failing there.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(params string[] folders) => Skip = RepoPaths.MissingCorpus(folders);
}

/// <summary>A theory on folders of ../shared/corpus, skipped with the reason when one is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(params string[] folders) => Skip = RepoPaths.MissingCorpus(folders);
}
