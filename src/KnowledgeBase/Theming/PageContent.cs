using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace KnowledgeBase.Theming;

/// <summary>
/// The page template's output as the layout's <c>content</c>: HTML already encoded, written out from the
/// buffer it was rendered into. A list of thousands of incidents renders to megabytes; as a string it would
/// be one more copy of the page per page, on the large-object heap.
/// </summary>
internal sealed class PageContent(StringBuilder html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    /// <summary>
    /// Liquid's <c>raw</c> marks a value as not to be encoded; content never is, so
    /// <c>{{ content | raw }}</c> keeps it as it is instead of copying it into a string.
    /// </summary>
    public static void KeepRawContent(TemplateOptions options) =>
        options.Filters.AddFilter("raw", static (input, _, _) =>
            input is PageContent ? input : new StringValue(input.ToStringValue(), encode: false));

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    // Anything but writing it out (a filter, `contains`, `.size`) reads it as the string it is.
    private StringValue AsString() => new(ToStringValue(), encode: false);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override bool Contains(FluidValue value) => AsString().Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString().Enumerate(context);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => html.ToString();

    public override object ToObjectValue() => ToStringValue();

    [Obsolete("Fluid writes values with WriteToAsync.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => writer.Write(html);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(html);
        return default;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
