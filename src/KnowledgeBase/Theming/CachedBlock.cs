using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
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
        parser.RegisterParserBlock(Name, keys, async (expressions, statements, writer, encoder, context) =>
        {
            if (context.AmbientValues.GetValueOrDefault(AmbientKey) is not Fragments fragments)
            {
                // Rendered outside a build's page renderer (a test of one template): nothing to share.
                return await RenderAsync(statements, writer, encoder, context);
            }

            var key = new List<string>(expressions.Count);
            foreach (var expression in expressions)
            {
                key.Add((await expression.EvaluateAsync(context)).ToStringValue());
            }

            var id = (statements, string.Join('\u001f', key));
            if (!fragments.Rendered.TryGetValue(id, out var html))
            {
                using var buffer = new StringWriter();
                await RenderAsync(statements, buffer, encoder, context);
                html = fragments.Rendered.GetOrAdd(id, buffer.ToString());
            }

            await writer.WriteAsync(html);
            return Completion.Normal;
        });
    }

    /// <summary>Makes <paramref name="context"/>'s cached blocks share <paramref name="fragments"/>.</summary>
    public static void Share(TemplateContext context, Fragments fragments) => context.AmbientValues[AmbientKey] = fragments;

    private static async ValueTask<Completion> RenderAsync(IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        foreach (var statement in statements)
        {
            var completion = await statement.WriteToAsync(writer, encoder, context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

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
