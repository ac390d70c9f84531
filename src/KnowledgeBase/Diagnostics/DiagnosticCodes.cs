using static KnowledgeBase.Diagnostics.DiagnosticSeverity;

namespace KnowledgeBase.Diagnostics;

/// <summary>
/// Every code the tool reports. KB1xxx: reading files and front-matter; KB2xxx: field values;
/// KB3xxx: references across postmortems; KB4xxx: Markdown bodies; KB5xxx: kb.yml and theme.
/// </summary>
public static class DiagnosticCodes
{
    // Reading files and front-matter.
    public static readonly DiagnosticCode MissingFrontMatter = new("KB1001", "MissingFrontMatter", Error, "The file does not start with a `---` front-matter block.");
    public static readonly DiagnosticCode UnterminatedFrontMatter = new("KB1002", "UnterminatedFrontMatter", Error, "The front-matter block has no closing `---` line.");
    public static readonly DiagnosticCode YamlSyntax = new("KB1003", "YamlSyntax", Error, "The front-matter is not valid YAML.");
    public static readonly DiagnosticCode DuplicateKey = new("KB1004", "DuplicateKey", Error, "A key appears twice in the same mapping.");
    public static readonly DiagnosticCode YamlAlias = new("KB1005", "YamlAnchorOrAlias", Error, "YAML anchors and aliases are not allowed: a postmortem never needs them, and they can expand without bound.");
    public static readonly DiagnosticCode FrontMatterNotMapping = new("KB1006", "FrontMatterNotMapping", Error, "The front-matter must be a mapping of keys to values.");
    public static readonly DiagnosticCode YamlTooDeep = new("KB1007", "YamlTooDeep", Error, "The front-matter nests deeper than the limit.");
    public static readonly DiagnosticCode InvalidUtf8 = new("KB1008", "InvalidUtf8", Error, "The file is not valid UTF-8.");
    public static readonly DiagnosticCode FileTooLarge = new("KB1009", "FileTooLarge", Error, "The file is larger than the size limit, or the input holds more files than the file limit.");
    public static readonly DiagnosticCode NoPostmortems = new("KB1010", "NoPostmortems", Warning, "The input folder holds no postmortem (`*.md`) files.");
    public static readonly DiagnosticCode UnreadableFile = new("KB1011", "UnreadableFile", Error, "The file could not be read, or is a link to outside the input folder.");

    // Field values.
    public static readonly DiagnosticCode MissingTitle = new("KB2001", "MissingTitle", Warning, "`title` is missing; the page is called after the body's first `# heading`, else after the file name.");
    public static readonly DiagnosticCode WrongType = new("KB2002", "WrongType", Error, "A field has the wrong type (for example a date that is not a date, or tags that are not a list).");
    public static readonly DiagnosticCode InvalidId = new("KB2003", "InvalidId", Error, "`id` is not a safe slug (lower-case letters, digits and single hyphens).");
    public static readonly DiagnosticCode MissingDate = new("KB2004", "MissingDate", Warning, "`date` is missing; the incident is listed as undated.");
    public static readonly DiagnosticCode UnknownSeverity = new("KB2005", "UnknownSeverity", Error, "`severity` is not one of the levels in kb.yml.");
    public static readonly DiagnosticCode UnknownStatus = new("KB2006", "UnknownStatus", Error, "`status` (of the postmortem or of an action item) is not a known value.");
    public static readonly DiagnosticCode UnknownCategory = new("KB2007", "UnknownCategory", Error, "A contributing factor's `category` is not in the taxonomy of kb.yml.");
    public static readonly DiagnosticCode UnknownTag = new("KB2008", "UnknownTag", Warning, "A tag is not in the vocabulary of kb.yml; the nearest known tag is suggested.");
    public static readonly DiagnosticCode ActionItemWithoutOwner = new("KB2009", "ActionItemWithoutOwner", Warning, "An action item has no `owner`; unowned work is rarely done.");
    public static readonly DiagnosticCode ImplausibleTimes = new("KB2010", "ImplausibleTimes", Warning, "Times are out of order (for example `resolved` before `detected`), or a date is after the build date.");
    public static readonly DiagnosticCode MissingField = new("KB2011", "MissingField", Error, "A required field of a nested item is missing (a contributing factor's description, an action item's title).");
    public static readonly DiagnosticCode InvalidTag = new("KB2012", "InvalidTag", Error, "A tag or service name is empty or has no letter or digit to build its page address from.");
    public static readonly DiagnosticCode UnknownValue = new("KB2013", "UnknownValue", Error, "`kind` or an action item's `priority` is not one of its values.");
    public static readonly DiagnosticCode FactorWithoutAction = new("KB2014", "FactorWithoutAction", Warning, "Integration gate: a contributing factor of a published postmortem is addressed by no action item and has no `no_action` saying why.");
    public static readonly DiagnosticCode WontDoWithoutReason = new("KB2015", "WontDoWithoutReason", Warning, "Integration gate: an action item of a published postmortem is `wont-do` without a `reason`.");
    public static readonly DiagnosticCode ActionItemWithoutTicket = new("KB2016", "ActionItemWithoutTicket", Warning, "Integration gate: an action item of a published postmortem has no `ticket`, so it is not tracked work.");
    public static readonly DiagnosticCode UnknownFactor = new("KB2017", "UnknownFactor", Error, "`influences` or `addresses` names an id that no contributing factor of the postmortem has, or a factor names itself.");
    public static readonly DiagnosticCode DuplicateFactorId = new("KB2018", "DuplicateFactorId", Error, "Two contributing factors of one postmortem have the same `id`.");

    // References across postmortems.
    public static readonly DiagnosticCode DuplicateId = new("KB3001", "DuplicateId", Error, "Two postmortems have the same id (compared case-insensitively).");
    public static readonly DiagnosticCode DuplicateOutputPath = new("KB3002", "DuplicateOutputPath", Error, "Two pages would be written to the same path (compared case-insensitively).");
    public static readonly DiagnosticCode UnknownRelated = new("KB3003", "UnknownRelated", Error, "`related` names an id that no postmortem has.");
    public static readonly DiagnosticCode UnknownRepeatOf = new("KB3004", "UnknownRepeatOf", Error, "`repeat_of` names an id that no postmortem has.");
    public static readonly DiagnosticCode SelfReference = new("KB3005", "SelfReference", Warning, "`related` or `repeat_of` names the postmortem itself.");
    public static readonly DiagnosticCode UnlinkedSimilar = new("KB3006", "UnlinkedSimilar", Warning, "An earlier incident is strongly similar, but neither `related` nor `repeat_of` names it.");
    public static readonly DiagnosticCode PossibleDuplicate = new("KB3007", "PossibleDuplicate", Warning, "Another postmortem has the same title or nearly the same words: the same incident may be filed twice.");

    // Markdown bodies.
    public static readonly DiagnosticCode BrokenLink = new("KB4001", "BrokenLink", Warning, "A relative link or image points to a file that does not exist; it is left out of the page.");
    public static readonly DiagnosticCode UnsafeUrl = new("KB4002", "UnsafeUrl", Warning, "A link or image uses a scheme other than http, https or mailto; it is removed.");
    public static readonly DiagnosticCode MarkdownTooDeep = new("KB4003", "MarkdownTooDeep", Error, "The Markdown nests deeper than the parser allows, or its raw HTML deeper than 256 elements.");
    public static readonly DiagnosticCode LinkToDraft = new("KB4004", "LinkToDraft", Warning, "A link points to a postmortem that is left out of the site (a draft); it is shown as plain text.");
    public static readonly DiagnosticCode ActiveAttachment = new("KB4006", "ActiveAttachment", Warning, "A linked file is in a format that runs script in a browser (HTML, XHTML, XML, JavaScript, an SVG with script); it is not published and the link is shown as plain text.");
    public static readonly DiagnosticCode UnclosedRawText = new("KB4007", "UnclosedRawText", Warning, "Raw HTML opens an element read as plain text to its end tag (textarea, xmp, title, script...) and never closes it; the tag is shown as written so the rest of the body is kept.");
    public static readonly DiagnosticCode BlamingLanguage = new("KB4005", "BlamingLanguage", Warning, "The analysis points at people rather than conditions (\"human error\", \"should have\"...); a systems question to ask instead is suggested.");

    // kb.yml and theme.
    public static readonly DiagnosticCode InvalidConfig = new("KB5001", "InvalidConfig", Error, "kb.yml has a value of the wrong shape or an invalid value.");
    public static readonly DiagnosticCode ThemeError = new("KB5002", "ThemeError", Error, "A theme template is missing or does not parse.");

    /// <summary>All codes, in code order; the README's table is checked against this list.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        MissingFrontMatter, UnterminatedFrontMatter, YamlSyntax, DuplicateKey, YamlAlias, FrontMatterNotMapping,
        YamlTooDeep, InvalidUtf8, FileTooLarge, NoPostmortems, UnreadableFile,
        MissingTitle, WrongType, InvalidId, MissingDate, UnknownSeverity, UnknownStatus, UnknownCategory, UnknownTag,
        ActionItemWithoutOwner, ImplausibleTimes, MissingField, InvalidTag,
        UnknownValue, FactorWithoutAction, WontDoWithoutReason, ActionItemWithoutTicket, UnknownFactor, DuplicateFactorId,
        DuplicateId, DuplicateOutputPath, UnknownRelated, UnknownRepeatOf, SelfReference, UnlinkedSimilar, PossibleDuplicate,
        BrokenLink, UnsafeUrl, MarkdownTooDeep, LinkToDraft, BlamingLanguage, ActiveAttachment, UnclosedRawText,
        InvalidConfig, ThemeError,
    ];
}
