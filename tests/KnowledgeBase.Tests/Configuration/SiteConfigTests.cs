using KnowledgeBase.Configuration;

namespace KnowledgeBase.Tests.Configuration;

public class SiteConfigTests
{
    [Theory]
    [InlineData("sev1", "sev1")]
    [InlineData("SEV2", "sev2")]
    [InlineData("critical", "sev1")]
    [InlineData("Critical", "sev1")]
    [InlineData("p2", "sev2")]
    [InlineData("high", "sev2")]
    [InlineData("medium", "sev3")]
    [InlineData("sev-4", "sev4")]
    public void Default_severities_are_found_by_id_or_alias_ignoring_case(string name, string id)
    {
        Assert.Equal(id, SiteConfig.Default.FindSeverity(name)?.Id);
    }

    [Theory]
    [InlineData("sev5")]
    [InlineData("blocker")]
    [InlineData("")]
    public void Unknown_severity_is_not_found(string name) => Assert.Null(SiteConfig.Default.FindSeverity(name));

    [Fact]
    public void Categories_are_found_ignoring_case()
    {
        Assert.Equal("technical", SiteConfig.Default.FindCategory("Technical")?.Id);
        Assert.Null(SiteConfig.Default.FindCategory("tech"));
    }

    [Theory]
    [InlineData("DB-310", "https://tracker.example/browse/DB-310")]
    [InlineData("A B/C?", "https://tracker.example/browse/A%20B%2FC%3F")]
    [InlineData("https://other.example/T-1", "https://other.example/T-1")]
    [InlineData("HTTP://other.example/T-1", "HTTP://other.example/T-1")]
    public void Ticket_link_fills_the_template_with_the_escaped_ticket_unless_the_ticket_is_a_url(string ticket, string url)
    {
        var config = SiteConfig.Default with { TicketUrl = "https://tracker.example/browse/{ticket}" };

        Assert.Equal(url, config.TicketLink(ticket));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_ticket_has_no_link(string? ticket)
    {
        var config = SiteConfig.Default with { TicketUrl = "https://tracker.example/browse/{ticket}" };

        Assert.Null(config.TicketLink(ticket));
    }

    [Fact]
    public void Without_a_template_only_url_tickets_have_a_link()
    {
        Assert.Null(SiteConfig.Default.TicketLink("DB-310"));
        Assert.Equal("https://t.example/1", SiteConfig.Default.TicketLink("https://t.example/1"));
    }
}
