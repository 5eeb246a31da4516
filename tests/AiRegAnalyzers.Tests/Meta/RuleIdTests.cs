using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>Each diagnostic ID is spelled once, in <c>RuleIds</c>, and every descriptor uses one of its constants.</summary>
public sealed class RuleIdTests
{
    private static readonly Regex IdLiteral = new("\"AIREG\\d{3}\"", RegexOptions.CultureInvariant);

    private static readonly string[] Constants = typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_descriptor_id_is_a_RuleIds_constant_and_every_constant_a_descriptor()
    {
        var ids = RuleCatalog.Descriptors.Concat(RuleCatalog.ToolingDescriptors).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(Constants.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void No_id_literal_outside_RuleIds()
    {
        var offenders = Directory.EnumerateFiles(RuleCatalog.RepoFile("src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && Path.GetFileName(path) != "RuleIds.cs")
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(x => IdLiteral.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RuleCatalog.RepoFile(), x.path)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Use RuleIds instead of:\n" + string.Join("\n", offenders));
    }

    private static bool IsBuildOutput(string path)
        => path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin");
}
