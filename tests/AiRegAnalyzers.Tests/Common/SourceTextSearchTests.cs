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

    [Fact]
    public void Finds_any_of_several_values_in_one_pass_also_across_a_chunk_boundary()
    {
        var text = SourceText.From(new string('x', 4093) + "AppendCookie" + new string('y', 50));

        Assert.True(SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), ["Set", "Cookie"]));
        Assert.True(SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), ["Append"]));
        Assert.False(SourceTextSearch.ContainsAny(text, new TextSpan(0, 4095), ["Append", "Add"]));
        Assert.False(SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), ["Set", "Add"]));
        Assert.False(SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), []));
    }

    [Fact]
    public void Allocates_nothing_per_character_of_the_text()
    {
        // A screen runs over the text of every body: an allocation per character (an enumerator of the values)
        // made it cost ten times the analysis it was meant to skip.
        var text = SourceText.From(new string('x', 200_000));
        string[] values = ["Append", "Add", "Set"];
        SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), values);

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        Assert.False(SourceTextSearch.ContainsAny(text, new TextSpan(0, text.Length), values));
        Assert.False(SourceTextSearch.Contains(text, "Policy.Always"));
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1024, $"{allocated} bytes allocated searching 200,000 characters");
    }
}
