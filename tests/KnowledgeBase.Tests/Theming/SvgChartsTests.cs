using KnowledgeBase.Tests.Support;
using KnowledgeBase.Theming.Charts;

namespace KnowledgeBase.Tests.Theming;

public class SvgChartsTests
{
    private static readonly string[] Quarters = ["2024 Q1", "2024 Q2", "2024 Q3"];

    private static ChartSeries Series(string name, string css) => new(name, css, [1, 2, 3]);

    private static List<AngleSharp.Dom.IElement> Svgs(string html) => [.. Html.Parse("<figure>" + html + "</figure>").QuerySelectorAll("svg")];

    [Fact]
    public void A_chart_is_drawn_wide_and_narrow_with_ids_of_its_own()
    {
        var svgs = Svgs(SvgCharts.StackedBars("c", "Title", "Description", Quarters, [Series("A", "series-0")], "Quarter", "Incidents"));

        Assert.Equal(["chart chart-wide", "chart chart-narrow"], svgs.Select(s => s.GetAttribute("class")));
        Assert.Equal(["0 0 720 300", "0 0 320 280"], svgs.Select(s => s.GetAttribute("viewBox")));
        Assert.Equal(["c-wide-title", "c-narrow-title"], svgs.Select(s => s.QuerySelector("title")!.Id));
    }

    [Fact]
    public void One_series_needs_no_legend_several_get_one_wrapped_to_the_narrow_width()
    {
        var one = Svgs(SvgCharts.StackedBars("c", "T", "D", Quarters, [Series("Incidents", "series-all")], "Quarter", "Incidents"));
        var five = Svgs(SvgCharts.StackedBars("c", "T", "D", Quarters,
            [Series("Critical", "series-0"), Series("Major", "series-1"), Series("Minor", "series-2"), Series("Low", "series-3"), Series("Unclassified", "series-none")],
            "Quarter", "Incidents"));

        Assert.All(one, svg => Assert.Empty(svg.QuerySelectorAll("rect[width='10']")));
        Assert.Equal("0 0 720 300", five[0].GetAttribute("viewBox"));
        Assert.Equal("0 0 320 296", five[1].GetAttribute("viewBox"));
        Assert.All(five[1].QuerySelectorAll("rect[width='10']"), r => Assert.True(double.Parse(r.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture) + 14 < 320));
    }
}
