using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace KnowledgeBase.Theming;

/// <summary>
/// The page template's output as the layout's <c>content</c>: HTML already encoded, as UTF-8 in the buffer
/// it was rendered into. Written into the page's own output it is copied as bytes; a list of thousands of
/// incidents renders to megabytes, which are then never held as a string nor encoded twice.
/// </summary>
/// <param name="html">The template's output, UTF-8, from its start to its length.</param>
/// <param name="page">The writer of the page's file: what is written to it may be copied as bytes.</param>
internal sealed class PageContent(MemoryStream html, StreamWriter page) : FluidValue
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

    public override string ToStringValue() => page.Encoding.GetString(html.GetBuffer(), 0, (int)html.Length);

    public override object ToObjectValue() => ToStringValue();

    [Obsolete("Fluid writes values with WriteToAsync.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return default;
    }

    private void Write(TextWriter writer)
    {
        if (ReferenceEquals(writer, page))
        {
            // What the layout wrote so far goes first, then the content's bytes as they are.
            page.Flush();
            page.BaseStream.Write(html.GetBuffer(), 0, (int)html.Length);
        }
        else
        {
            writer.Write(ToStringValue());
        }
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
