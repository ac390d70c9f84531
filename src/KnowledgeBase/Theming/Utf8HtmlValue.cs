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
    public static void Register(TemplateOptionsBuilder options)
    {
        options.AddValueConverter(static value => value is Utf8Html html && html.Bytes is var bytes ? new Utf8HtmlValue(bytes, bytes.Length) : null);
        options.AddFilter("raw", static (input, _, context) =>
            input is Utf8HtmlValue ? input : StringValue.Create(input.ToStringValue(context), encode: false));
    }

    /// <summary>Compared as the string it encodes is.</summary>
    public override bool Equals(FluidValue other) => other is Utf8HtmlValue html ? html.Text == Text : AsString().Equals(other);

    public override bool ToBooleanValue(TemplateContext context) => true;

    public override decimal ToNumberValue(TemplateContext context) => 0;

    public override string ToStringValue(TemplateContext context) => Text;

    public override object ToObjectValue(TemplateContext context) => Text;

    private string Text => Encoding.UTF8.GetString(utf8, 0, length);

    private FluidValue AsString() => StringValue.Create(Text, encode: false);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => AsString().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => AsString().GetIndexAsync(index, context);

    public override ValueTask<bool> ContainsAsync(FluidValue value, TemplateContext context) => AsString().ContainsAsync(value, context);

    public override IAsyncEnumerable<FluidValue> EnumerateAsync(TemplateContext context) => AsString().EnumerateAsync(context);

    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        if (output is Utf8PageOutput page)
        {
            page.WriteUtf8(utf8.AsSpan(0, length));
        }
        else
        {
            output.Write(Text);
        }

        return default;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
