using System.Linq;
using AiRegAnalyzers.Sinks;
using Xunit;

namespace AiRegAnalyzers.Tests.Common;

public class MessageTemplateTests
{
    [Fact]
    public void Named_holes_lose_their_operator_alignment_format_and_spaces()
    {
        const string text = "User {@Visitor,10} paid {$Amount:C} from { Account } at {When,-5:HH:mm}";
        var template = MessageTemplate.Parse(text);

        Assert.Equal(new[] { "Visitor", "Amount", "Account", "When" }, template.Holes.Select(h => h.Name));
        Assert.Equal(new[] { true, false, false, false }, template.Holes.Select(h => h.IsDestructured));
        Assert.False(template.IsComposite);
        Assert.Equal("{@Visitor,10}", text.Substring(template.Holes[0].Start, template.Holes[0].Length));
        Assert.Equal("{When,-5:HH:mm}", text.Substring(template.Holes[3].Start, template.Holes[3].Length));
        Assert.Equal("Amount", template.HoleFor(1)?.Name);
        Assert.Null(template.HoleFor(4));
    }

    [Fact]
    public void Composite_holes_bind_by_number_and_escaped_braces_are_no_holes()
    {
        var template = MessageTemplate.Parse("{{literal}} {1} then { 0 ,4} and {}");

        Assert.Equal(new[] { "1", "0", "" }, template.Holes.Select(h => h.Name));
        Assert.Equal(new[] { 1, 0, -1 }, template.Holes.Select(h => h.Index));
        Assert.False(template.IsComposite); // the empty hole is not a number
        Assert.True(MessageTemplate.Parse("{1} {0}").IsComposite);
        Assert.Equal(1, MessageTemplate.Parse("{1} {0}").HoleFor(1)?.Index);
    }
}
