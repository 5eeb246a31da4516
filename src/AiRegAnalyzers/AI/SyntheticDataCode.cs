using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.AI;

/// <summary>
/// Code that makes data up: seed-data and test-data generators, fakers, seeders. What such code
/// sends to a model are records a model or a faker invented a step earlier (fictional customers
/// written to JSON seed files and read back), not a real person's data, so its prompts and tool
/// results are not AI sinks (AIREG201, AIREG203). Decided by the names that say so, of the
/// project (assembly), a namespace or a type around the site: <c>Shop.DataGenerator</c>,
/// <c>Seeding</c>, <c>FakeCustomerFactory</c>, <c>SyntheticTickets</c>, <c>TestDataBuilder</c>;
/// not by a method's name (<c>SeedHistory</c> may prime a real user's chat).
/// </summary>
internal static class SyntheticDataCode
{
    /// <summary>Words that alone say the code makes data up.</summary>
    private static readonly HashSet<string> Words =
        ["seed", "seeds", "seeder", "seeders", "seeding", "seeddata", "fake", "fakes", "faker", "fakers", "synthetic", "dummy", "mock", "mocks"];

    /// <summary>A word that says so after "data", and words that say so before it (<c>DataGenerator</c>, <c>TestData</c>).</summary>
    private static readonly HashSet<string> AfterData = ["generator", "generators", "generation", "gen", "faker", "seeder"];

    private static readonly HashSet<string> BeforeData = ["test", "sample", "demo"];

    /// <summary>
    /// Whether <paramref name="site"/> sits in a project, namespace or type named for making data
    /// up; <paramref name="cache"/> keeps the answer per innermost type declaration (per compilation).
    /// </summary>
    public static bool Contains(IOperation site, ConcurrentDictionary<SyntaxNode, bool> cache)
    {
        if (site.SemanticModel?.Compilation.AssemblyName is { } assembly && NameSaysSo(assembly))
        {
            return true;
        }

        var scope = site.Syntax.Parent;
        while (scope is not null and not BaseTypeDeclarationSyntax)
        {
            scope = scope.Parent;
        }

        if (scope is null)
        {
            // Top-level statements: only the project's name can say so.
            return false;
        }

        return cache.TryGetValue(scope, out var known) ? known : cache.GetOrAdd(scope, InScopeNamedSo);
    }

    private static bool InScopeNamedSo(SyntaxNode scope)
    {
        for (var node = scope; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type when NameSaysSo(type.Identifier.ValueText):
                    return true;
                case BaseNamespaceDeclarationSyntax ns when NameSaysSo(ns.Name.ToString()):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a (dotted) name has a word that says its code makes data up.</summary>
    internal static bool NameSaysSo(string name)
    {
        var words = IdentifierWords.Split(name);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Words.Contains(word))
            {
                return true;
            }

            if (word == "data"
                && ((i + 1 < words.Count && AfterData.Contains(words[i + 1])) || (i > 0 && BeforeData.Contains(words[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }
}
