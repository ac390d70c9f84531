using Fluid;
using Parlot.Fluent;

namespace KnowledgeBase.Theming;

/// <summary>The parser of theme templates: Liquid as Fluid reads it, plus kb's <c>{% cached %}</c> block.</summary>
public sealed class ThemeParser : FluidParser
{
    public ThemeParser() => CachedBlock.Register(this, Parsers.Separated(Comma, FilterExpression));
}
