namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// One cell of the CSV that <c>kb actions --format csv</c> writes for a tracker import, which people also
/// open in a spreadsheet. A cell a spreadsheet would read as a formula (<c>=cmd|' /C calc'!A0</c> in an
/// action item's title) could run commands or send the sheet's data away: as OWASP's CSV injection advice
/// says, such a cell gets a leading single quote, which makes it text. The quoting is RFC 4180's.
/// </summary>
internal static class CsvCell
{
    /// <summary>What starts a formula in Excel, LibreOffice or Google Sheets (a tab or carriage return can hide one that follows).</summary>
    private const string FormulaStarts = "=+-@\t\r";

    public static string Format(string value)
    {
        var text = value.Length > 0 && FormulaStarts.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return Quote(text);
    }

    /// <summary>RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
