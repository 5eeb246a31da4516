using System.Linq;
using AiRegAnalyzers.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace AiRegAnalyzers.Tests.Common;

public class SymbolExtensionsTests
{
    private static INamespaceSymbol NamespaceOf(string source)
    {
        var compilation = CSharpCompilation.Create("T", [CSharpSyntaxTree.ParseText(source)]);
        return compilation.GetSymbolsWithName("C", SymbolFilter.Type).Single().ContainingNamespace;
    }

    [Theory]
    [InlineData("namespace System.Text { class C {} }", "System.Text", false, true)]
    [InlineData("namespace System.Text { class C {} }", "Text", false, false)]
    [InlineData("namespace MySystem.Text { class C {} }", "System.Text", false, false)]
    [InlineData("namespace System.Net.Http { class C {} }", "System.Net", false, false)]
    [InlineData("namespace System.Net.Http { class C {} }", "System.Net", true, true)]
    [InlineData("namespace System.NetX { class C {} }", "System.Net", true, false)]
    [InlineData("namespace System { class C {} }", "System.Net", true, false)]
    [InlineData("class C {}", "System", true, false)]
    public void IsNamespace_ComparesWholeParts(string source, string name, bool orBelow, bool expected) =>
        Assert.Equal(expected, NamespaceOf(source).IsNamespace(name, orBelow));
}
