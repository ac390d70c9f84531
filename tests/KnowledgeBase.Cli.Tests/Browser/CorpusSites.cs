using KnowledgeBase.Cli.Tests.Support;

namespace KnowledgeBase.Cli.Tests.Browser;

/// <summary>Sites built from the knowledge bases of <see cref="Corpora"/>, each once per test class, on first use.</summary>
public sealed class CorpusSites : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, string> _built = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The built site of a knowledge base of <see cref="Corpora"/>.</summary>
    public string Site(string corpus) => Build(corpus, Corpora.PathOf(corpus));

    /// <summary>
    /// A site built from a copy of a knowledge base's postmortems that keeps only those <paramref name="keep"/>
    /// accepts (say, the real ones that record no severity), filed under <paramref name="name"/>.
    /// </summary>
    public string Site(string name, string corpus, Func<string, bool> keep)
    {
        lock (_lock)
        {
            var input = _temp.Combine("input-" + name);
            if (!Directory.Exists(input))
            {
                Directory.CreateDirectory(input);
                foreach (var file in Directory.EnumerateFiles(Corpora.PathOf(corpus), "*.md").Where(f => keep(File.ReadAllText(f))))
                {
                    File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
                }
            }

            return Build(name, input);
        }
    }

    private string Build(string name, string input)
    {
        lock (_lock)
        {
            if (!_built.TryGetValue(name, out var site))
            {
                site = _temp.Combine("site-" + name);
                var run = Kb.Run(["build", .. Corpora.BuildArguments(name, input), "--output", site]);
                Assert.True(run.ExitCode == 0, $"building {input} failed:\n{run.Error}");
                _built[name] = site;
            }

            return site;
        }
    }

    public void Dispose() => _temp.Dispose();
}
