using KnowledgeBase.Rendering;

namespace KnowledgeBase.Tests.Rendering;

public class UrlSafetyTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\rscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("\u0000javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("VBScript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/x")]
    [InlineData("blob:https://example.org/uuid")]
    public void Dangerous_and_unknown_schemes_are_disallowed(string url)
    {
        Assert.False(UrlSafety.IsAllowed(url));
    }

    [Theory]
    [InlineData("http://example.org")]
    [InlineData("https://example.org/a?b=c#d")]
    [InlineData("HTTPS://EXAMPLE.ORG")]
    [InlineData("mailto:sre@example.org")]
    [InlineData("other.md")]
    [InlineData("../images/x.png")]
    [InlineData("/root/relative.md")]
    [InlineData("#anchor")]
    [InlineData("?query=1")]
    [InlineData("//cdn.example/x.png")]
    [InlineData("folder/file:with-colon.md")]
    [InlineData("notes.md#time:14:05")]
    [InlineData("")]
    public void Web_mail_and_relative_urls_are_allowed(string url)
    {
        Assert.True(UrlSafety.IsAllowed(url));
    }

    [Theory]
    [InlineData("https://x", "https")]
    [InlineData("JavaScript:x", "javascript")]
    [InlineData("java\tscript:x", "javascript")]
    [InlineData("svn+ssh://x", "svn+ssh")]
    [InlineData("a.b-c:x", "a.b-c")]
    [InlineData("mailto:a@b", "mailto")]
    public void SchemeOf_reads_the_scheme_in_lower_case(string url, string scheme)
    {
        Assert.Equal(scheme, UrlSafety.SchemeOf(url));
    }

    [Theory]
    [InlineData("relative.md")]
    [InlineData("#a:b")]
    [InlineData("a/b:c")]
    [InlineData("?x=a:b")]
    [InlineData(":nothing-before")]
    [InlineData("1http://x")]
    [InlineData("//host/path")]
    public void SchemeOf_is_null_for_relative_urls(string url)
    {
        Assert.Null(UrlSafety.SchemeOf(url));
    }
}
