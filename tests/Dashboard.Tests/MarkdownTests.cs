using GameDay.AppHost.Dashboard;

namespace GameDay.Dashboard.Tests;

/// The post-mortem renderer: the responder's Markdown as HTML, and nothing in an incident's text as markup.
public sealed class MarkdownTests
{
    [Fact]
    public void RendersHeadingsListsTablesBoldAndCode()
    {
        var html = Markdown.ToHtml("""
            # Post-Mortem: #7 Service down
            ## Metrics
            - **MTTD** (detected − start): 12.3 s
            - run `./gameday ps`
            1. first
            | Check | Verified |
            |---|---|
            | health | yes |
            """);

        Assert.Contains("<h2>Post-Mortem: #7 Service down</h2>", html);
        Assert.Contains("<h3>Metrics</h3>", html);
        Assert.Contains("<ul><li><b>MTTD</b> (detected − start): 12.3 s</li><li>run <code>./gameday ps</code></li></ul>", html);
        Assert.Contains("<ol><li>first</li></ol>", html);
        Assert.Contains("<table class=\"grid\"><tr><td>Check</td><td>Verified</td></tr><tr><td>health</td><td>yes</td></tr></table>", html);
    }

    [Fact]
    public void EncodesMarkupFromTheIncident()
    {
        var html = Markdown.ToHtml("- alert summary <script>alert(1)</script> & <img src=x onerror=y>");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;", html);
    }

    [Fact]
    public void RendersCheckBoxesAndCodeBlocks()
    {
        var html = Markdown.ToHtml("- [x] service healthy\n- [ ] invariants hold\n```\nkill -9 <pid>\n```");

        Assert.Contains("<li>☑ service healthy</li><li>☐ invariants hold</li>", html);
        Assert.Contains("<pre><code>kill -9 &lt;pid&gt;\n</code></pre>", html);
    }
}
