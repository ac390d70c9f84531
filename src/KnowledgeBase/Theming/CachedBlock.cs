using System.Collections.Concurrent;
using Fluid;
using Fluid.Ast;
using Fluid.Utils;
using Parlot.Fluent;

namespace KnowledgeBase.Theming;

/// <summary>
/// The theme's <c>{% cached key, key… %}…{% endcached %}</c> block: its content is rendered once per
/// build for each combination of key values, then written again as it was. This is what Hugo's
/// <c>partialCached</c> does, and for the same reason: an incident's card appears on every list that
/// holds the incident (its tags, services, severity, categories), tens of thousands of times on a large
/// knowledge base, and is the same each time. The keys must name everything the content reads
/// (the incident, the root, the heading level); what they do not name is taken from the first rendering.
/// </summary>
public static class CachedBlock
{
    public const string Name = "cached";

    /// <summary>Where a <see cref="TemplateContext"/> carries the build's <see cref="Fragments"/>.</summary>
    private const string AmbientKey = "kb.cached-fragments";

    /// <summary>Adds the block to a parser (see <see cref="ThemeParser"/>); partials rendered from its templates get it too.</summary>
    /// <param name="keys">Parses the tag's comma-separated expressions.</param>
    internal static void Register(FluidParser parser, Parser<IReadOnlyList<Expression>> keys)
    {
        parser.RegisterParserBlock(Name, keys, async (expressions, statements, output, encoder, context) =>
        {
            if (context.AmbientValues.GetValueOrDefault(AmbientKey) is not Fragments fragments)
            {
                // Rendered outside a build's page renderer (a test of one template): nothing to share.
                return await statements.RenderStatementsAsync(output, encoder, context);
            }

            var key = new List<string>(expressions.Count);
            foreach (var expression in expressions)
            {
                key.Add((await expression.EvaluateAsync(context)).ToStringValue(context));
            }

            var id = (statements, string.Join('\u001f', key));
            if (!fragments.Rendered.TryGetValue(id, out var html))
            {
                using var buffer = new StringWriter();
                await using (var fragment = new TextWriterFluidOutput(buffer, bufferSize: 4 * 1024))
                {
                    await statements.RenderStatementsAsync(fragment, encoder, context);
                }

                html = fragments.Rendered.GetOrAdd(id, buffer.ToString());
            }

            output.Write(html);
            return Completion.Normal;
        });
    }

    /// <summary>Makes <paramref name="context"/>'s cached blocks share <paramref name="fragments"/>.</summary>
    public static void Share(TemplateContext context, Fragments fragments) => context.AmbientValues[AmbientKey] = fragments;

    /// <summary>
    /// The fragments one build has rendered, by block and key values. One per page renderer (so per build):
    /// a rebuild never sees the last build's fragments. Pages render in parallel; two threads rendering
    /// the same fragment at once both produce the same text, and the first one kept wins.
    /// </summary>
    public sealed class Fragments
    {
        internal ConcurrentDictionary<(IReadOnlyList<Statement> Block, string Key), string> Rendered { get; } = new();

        public int Count => Rendered.Count;
    }
}
