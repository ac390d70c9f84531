using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using KnowledgeBase.Model;

namespace KnowledgeBase.Theming;

/// <summary>
/// HTML that is already safe and encoded, held as UTF-8: an incident's rendered body (<see cref="Utf8Html"/>),
/// or a page template's output as the layout's <c>content</c>. Written into a UTF-8 page it is copied as
/// bytes: a list of thousands of incidents renders to megabytes, which are then never held as a string nor
/// encoded twice. Read any other way (a filter, <c>contains</c>, <c>.size</c>) it is the string it encodes.
/// </summary>
/// <param name="utf8">The HTML's bytes, from index 0 to <paramref name="length"/>.</param>
internal sealed class Utf8HtmlValue(byte[] utf8, int length) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    /// <summary>
    /// Lets templates read <see cref="Utf8Html"/> values, and makes Liquid's <c>raw</c> (which marks a value
    /// as not to be encoded) keep these as they are instead of copying them into a string.
    /// </summary>
    public static void Register(TemplateOptions options)
    {
        options.ValueConverters.Add(static value => value is Utf8Html html && html.Bytes is var bytes ? new Utf8HtmlValue(bytes, bytes.Length) : null);
        options.Filters.AddFilter("raw", static (input, _, _) =>
            input is Utf8HtmlValue ? input : new StringValue(input.ToStringValue(), encode: false));
    }

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => Encoding.UTF8.GetString(utf8, 0, length);

    public override object ToObjectValue() => ToStringValue();

    private StringValue AsString() => new(ToStringValue(), encode: false);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override bool Contains(FluidValue value) => AsString().Contains(value);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => AsString().Enumerate(context);

    [Obsolete("Fluid writes values with WriteToAsync.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return default;
    }

    private void Write(TextWriter writer)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding } page)
        {
            // What was written so far goes first, then the bytes as they are.
            page.Flush();
            page.BaseStream.Write(utf8, 0, length);
        }
        else
        {
            writer.Write(ToStringValue());
        }
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
