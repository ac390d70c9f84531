using KnowledgeBase.FrontMatter;
using KnowledgeBase.Model;

namespace KnowledgeBase.Tests.Model;

public class SlugTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("dns")]
    [InlineData("2024-03-12-db-outage")]
    [InlineData("sev1")]
    public void Lower_case_words_joined_by_single_hyphens_are_valid(string slug) => Assert.True(Slug.IsValid(slug));

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("A")]
    [InlineData("Dns")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("a b")]
    [InlineData("a_b")]
    [InlineData("")]
    [InlineData("café")]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("lpt1")]
    [InlineData("com9")]
    public void Anything_else_is_invalid(string slug) => Assert.False(Slug.IsValid(slug));

    [Fact]
    public void Slugs_longer_than_200_characters_are_invalid()
    {
        Assert.True(Slug.IsValid(new string('a', 200)));
        Assert.False(Slug.IsValid(new string('a', 201)));
    }

    [Theory]
    [InlineData("Checkout Pool Exhaustion", "checkout-pool-exhaustion")]
    [InlineData("  spaces   around  ", "spaces-around")]
    [InlineData("C# & .NET 10!", "c-net-10")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("snake_case_name", "snake-case-name")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("AT&T", "at-t")]
    public void From_drops_accents_and_turns_everything_else_into_single_hyphens(string text, string slug)
    {
        Assert.Equal(slug, Slug.From(text));
        Assert.True(Slug.IsValid(Slug.From(text)));
    }

    [Theory]
    [InlineData("Café déjà vu", "cafe-deja-vu")]
    [InlineData("Zürich", "zurich")]
    [InlineData("Ærø / Zürich", "r-zurich")]
    [InlineData("Crème brûlée", "creme-brulee")]
    public void From_drops_accents_from_letters(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("日本語")]
    [InlineData("---")]
    public void Text_without_letters_or_digits_gets_a_stable_hash_slug(string text)
    {
        var slug = Slug.From(text);

        Assert.Matches("^x-[0-9a-f]{8}$", slug);
        Assert.Equal(slug, Slug.From(text));
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Different_symbol_only_names_get_different_slugs()
    {
        Assert.NotEqual(Slug.From("!!!"), Slug.From("???"));
    }

    [Fact]
    public void Hash_slugs_do_not_depend_on_the_machine()
    {
        // SHA-256 of "!!!" starts with 9f3b...; a fixed value, whatever the culture or process.
        Assert.Equal("x-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("!!!"u8))[..8], Slug.From("!!!"));
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Com1")]
    public void Windows_device_names_get_a_hash_suffix(string text)
    {
        var slug = Slug.From(text);

        Assert.Matches("^" + text.ToLowerInvariant() + "-[0-9a-f]{8}$", slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Long_text_is_cut_to_120_characters_without_a_trailing_hyphen()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60));

        var slug = Slug.From(text);

        Assert.True(slug.Length <= 120);
        Assert.False(slug.EndsWith('-'));
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("Google+", "google-plus")]
    [InlineData("R&D", "r-and-d")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("us east", "us-east")]
    [InlineData("database", "database")]
    [InlineData("Café", "cafe")]
    [InlineData("node.js!", "node-js")]
    public void A_term_address_spells_out_the_symbols_that_tell_names_apart(string name, string slug)
    {
        Assert.Equal(slug, Slug.ForTerm(name));
    }

    [Theory]
    [InlineData("C++", "C#")]
    [InlineData("google", "Google+")]
    [InlineData("AWS 東京", "AWS 大阪")]
    [InlineData("c", "ç++")]
    public void Names_that_differ_in_their_letters_or_symbols_get_distinct_valid_addresses(string one, string other)
    {
        Assert.NotEqual(Slug.ForTerm(one), Slug.ForTerm(other));
        Assert.True(Slug.IsValid(Slug.ForTerm(one)) && Slug.IsValid(Slug.ForTerm(other)));
    }

    [Fact]
    public void Long_terms_alike_in_their_first_hundred_characters_keep_distinct_valid_addresses()
    {
        var shared = new string('a', 150);

        var first = Slug.ForTerm(shared + " one");
        var second = Slug.ForTerm(shared + " two");

        Assert.NotEqual(first, second);
        Assert.True(Slug.IsValid(first) && Slug.IsValid(second), first);
        Assert.Equal(first, Slug.ForTerm(shared.ToUpperInvariant() + " ONE"));
    }
}
