using AiRegAnalyzers.Common;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiRegAnalyzers.Tests.Common;

public class SourceTextSearchTests
{
    [Fact]
    public void Finds_a_value_that_straddles_a_chunk_boundary_and_only_inside_the_span()
    {
        var text = SourceText.From(new string('x', 4094) + "Policy.Always" + new string('y', 100) + "Tail");

        Assert.True(SourceTextSearch.Contains(text, "Policy.Always"));
        Assert.True(SourceTextSearch.Contains(text, "Tail"));
        Assert.False(SourceTextSearch.Contains(text, "Missing"));
        Assert.True(SourceTextSearch.Contains(text, new TextSpan(4090, 20), "Policy"));
        Assert.False(SourceTextSearch.Contains(text, new TextSpan(4100, 100), "Policy"));
        Assert.False(SourceTextSearch.Contains(text, new TextSpan(4207, 3), "Tail"));
    }
}
