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
    public void Finds_a_word_only_where_no_identifier_character_touches_it()
    {
        var text = SourceText.From("var customerName = x.Name2; // Named\nName = 1;");

        Assert.True(SourceTextSearch.ContainsWord(text, new TextSpan(0, text.Length), "Name"));
        Assert.False(SourceTextSearch.ContainsWord(text, new TextSpan(0, 38), "Name"));
        Assert.True(SourceTextSearch.ContainsWord(text, new TextSpan(4, 12), "customerName"));
        Assert.True(SourceTextSearch.ContainsWord(text, new TextSpan(12, 4), "Name")); // the span's start is a boundary
        Assert.False(SourceTextSearch.ContainsWord(SourceText.From("_Name @Name2 Name_ Nameé"), new TextSpan(0, 24), "Name"));
        Assert.True(SourceTextSearch.ContainsWord(SourceText.From("this.@Name"), new TextSpan(0, 10), "Name"));
    }

    [Theory]
    [InlineData(4094)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8189)]
    public void Finds_a_word_at_and_across_chunk_boundaries(int at)
    {
        var word = SourceText.From(new string('x', at) + " Phone " + new string('y', 20));
        var glued = SourceText.From(new string('x', at) + "Phone" + new string('y', 20));
        var whole = new TextSpan(0, word.Length);

        Assert.True(SourceTextSearch.ContainsWord(word, whole, "Phone"));
        Assert.False(SourceTextSearch.ContainsWord(glued, new TextSpan(0, glued.Length), "Phone"));
        Assert.True(SourceTextSearch.ContainsWord(glued, new TextSpan(at, 5), "Phone"));
        Assert.False(SourceTextSearch.ContainsWord(glued, new TextSpan(at, 6), "Phone"));
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
        Assert.False(SourceTextSearch.ContainsWord(text, new TextSpan(0, text.Length), "x"));
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1024, $"{allocated} bytes allocated searching 200,000 characters");
    }
}
