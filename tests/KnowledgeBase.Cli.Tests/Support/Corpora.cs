using System.Reflection;
using Xunit.Sdk;

namespace KnowledgeBase.Cli.Tests.Support;

/// <summary>
/// The knowledge bases the reading tests build: the sample (<c>input</c>) and the real archives of the
/// shared corpus beside the repository (<c>../shared/corpus/NAME</c>). xunit 2 has no skip from inside a
/// test, so a test that needs an archive names it in an attribute, which marks the test skipped, with the
/// reason, when the archive is not there.
/// </summary>
internal static class Corpora
{
    public const string Sample = "input";

    /// <summary>The archive in another schema, read through the settings the repository ships for it.</summary>
    public const string Icco = "icco-postmortems";

    public static string PathOf(string name) => name == Sample ? Repo.Input : Path.Combine(Repo.Corpus, name);

    /// <summary>The <c>kb build</c> arguments that read a knowledge base: its folder, and a settings file when it needs one.</summary>
    public static string[] BuildArguments(string name, string input) =>
        name == Icco ? [input, "--config", Path.Combine(Repo.Root, "examples", "icco", "kb.yml")] : [input];

    /// <summary>Null when the knowledge base is there, else why a test of it is skipped.</summary>
    public static string? Missing(string name) =>
        Directory.Exists(PathOf(name)) ? null : $"{PathOf(name)} is absent: clone the shared corpus beside the repository to run this test";
}

/// <summary>One row, the knowledge base's name, for a theory run on every knowledge base it is given; skipped when that one is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CorpusAttribute : DataAttribute
{
    private readonly string _name;

    public CorpusAttribute(string name)
    {
        _name = name;
        Skip = Corpora.Missing(name);
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[_name]];
}

/// <summary>A fact that needs one archive of the shared corpus; skipped, with the reason, when it is absent.</summary>
internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string name) => Skip = Corpora.Missing(name);
}

/// <summary>A theory that needs one archive of the shared corpus; skipped, with the reason, when it is absent.</summary>
internal sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute(string name) => Skip = Corpora.Missing(name);
}
