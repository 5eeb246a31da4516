using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using AiRegAnalyzers.Options;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>
/// Everything the meta tests check, found by reflection over the analyzer and code-fix assemblies,
/// so a rule added later cannot skip the checks.
/// </summary>
internal static class RuleCatalog
{
    public static Assembly AnalyzerAssembly { get; } = typeof(Descriptors).Assembly;

    public static Assembly CodeFixAssembly { get; } = Assembly.Load("AiRegAnalyzers.CodeFixes");

    /// <summary>Every static <see cref="DiagnosticDescriptor"/> field of <c>Descriptors</c>, by ID.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    /// <summary>The tooling diagnostics (<c>Descriptors.Tooling</c>: baseline warning, inventory), which are not rules.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> ToolingDescriptors { get; } =
        typeof(Descriptors.Tooling).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Type> AnalyzerTypes { get; } = ConcreteTypes(AnalyzerAssembly, typeof(DiagnosticAnalyzer))
        .Concat(ConcreteTypes(CodeFixAssembly, typeof(DiagnosticAnalyzer))).ToList();

    public static IReadOnlyList<Type> CodeFixTypes { get; } = ConcreteTypes(CodeFixAssembly, typeof(CodeFixProvider))
        .Concat(ConcreteTypes(AnalyzerAssembly, typeof(CodeFixProvider))).ToList();

    public static DiagnosticAnalyzer CreateAnalyzer(Type type) => (DiagnosticAnalyzer)Activator.CreateInstance(type)!;

    /// <summary>Every option: static fields whose type derives from <see cref="AiRegOption"/>, in both assemblies.</summary>
    public static IReadOnlyList<(FieldInfo Field, AiRegOption Option)> Options { get; } =
        new[] { AnalyzerAssembly, CodeFixAssembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => typeof(AiRegOption).IsAssignableFrom(f.FieldType) && !f.DeclaringType!.ContainsGenericParameters)
            .Select(f => (f, (AiRegOption)f.GetValue(null)!))
            .Where(x => x.Item2 is not null)
            .ToList();

    /// <summary>xUnit fails a theory without data; until a kind of type exists, this stands in for it.</summary>
    public const string NoneYet = "(none yet)";

    public static IEnumerable<object[]> Ids() => Descriptors.Select(d => new object[] { d.Id });

    public static IEnumerable<object[]> AnalyzerNames() => Names(AnalyzerTypes);

    public static IEnumerable<object[]> CodeFixNames() => Names(CodeFixTypes);

    public static Type TypeNamed(string fullName) =>
        AnalyzerTypes.Concat(CodeFixTypes).Single(t => t.FullName == fullName);

    private static IEnumerable<object[]> Names(IReadOnlyList<Type> types) =>
        types.Count == 0 ? [[NoneYet]] : types.Select(t => new object[] { t.FullName! });

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly, Type baseType) =>
        assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && baseType.IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The repository root: the first folder above the test output that holds <c>AiRegAnalyzers.sln</c>.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string RepoFile(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AiRegAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The rule IDs of the hundred: 1xx privacy, 2xx AI, 3xx crypto, 4xx transport, 5xx secrets.</summary>
    public static readonly IReadOnlyDictionary<char, string> CategoryByHundred = new Dictionary<char, string>
    {
        ['0'] = DiagnosticCategories.Configuration,
        ['1'] = DiagnosticCategories.Privacy,
        ['2'] = DiagnosticCategories.AI,
        ['3'] = DiagnosticCategories.Crypto,
        ['4'] = DiagnosticCategories.Transport,
        ['5'] = DiagnosticCategories.Secrets,
    };
}
