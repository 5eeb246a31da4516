using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// The source generators a real SDK build of a checkout runs: those shipped in the installed SDK's
/// targeting packs (<c>Microsoft.NETCore.App.Ref</c>: JSON serializer contexts, <c>[GeneratedRegex]</c>,
/// interop; <c>Microsoft.AspNetCore.App.Ref</c>, whose framework the source mode always references:
/// <c>[LoggerMessage]</c>, options validation, configuration binding, ...). Without their output a call
/// through generated code does not bind, and the analyzers cannot see it.
/// </summary>
internal sealed class SourceGenerators
{
    // The SDK removes these from the build unless PublishAot, PublishTrimmed or Enable...Generator is set
    // (ResolveOffByDefaultAnalyzers in Microsoft.NET.Sdk.FrameworkReferenceResolution.targets).
    private static readonly string[] OffByDefault = ["Microsoft.AspNetCore.Http.RequestDelegateGenerator", "Microsoft.Extensions.Configuration.Binder.SourceGeneration"];

    private SourceGenerators(ImmutableArray<ISourceGenerator> generators, ImmutableArray<string> names, ImmutableArray<string> failures, ImmutableArray<string> skipped)
    {
        Skipped = skipped;
        Generators = generators;
        Names = names;
        Failures = failures;
    }

    public ImmutableArray<ISourceGenerator> Generators { get; }

    /// <summary>Assembly and type name of every generator loaded.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>What could not be loaded, and why (a generator built against a newer compiler, a missing pack).</summary>
    public ImmutableArray<string> Failures { get; }

    /// <summary>The generators' assemblies a default build does not run (<see cref="OffByDefault"/>).</summary>
    public ImmutableArray<string> Skipped { get; }

    public static SourceGenerators Load()
    {
        var generators = ImmutableArray.CreateBuilder<ISourceGenerator>();
        var names = ImmutableArray.CreateBuilder<string>();
        var failures = ImmutableArray.CreateBuilder<string>();
        var skipped = ImmutableArray.CreateBuilder<string>();
        var root = DotnetRoot();
        var aspNetCore = Path.GetFileName(Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Mvc.ControllerBase).Assembly.Location)!);
        foreach (var (pack, version) in new[] { ("Microsoft.NETCore.App.Ref", Environment.Version.ToString()), ("Microsoft.AspNetCore.App.Ref", aspNetCore) })
        {
            var directory = PackAnalyzers(root, pack, version);
            if (directory is null)
            {
                failures.Add($"{pack}: no pack with analyzers under {root}");
                continue;
            }

            foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                var file = Path.GetFileNameWithoutExtension(path);
                if (OffByDefault.Contains(file, StringComparer.Ordinal))
                {
                    skipped.Add(file);
                    continue;
                }

                var reference = new AnalyzerFileReference(path, Loader.Instance);
                reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{file}: {e.ErrorCode} {e.TypeName} {e.Message}".Replace("  ", " "));
                foreach (var generator in reference.GetGenerators(LanguageNames.CSharp))
                {
                    generators.Add(generator);
                    var type = generator.GetGeneratorType();
                    var roslyn = type.Assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis")?.Version;
                    names.Add($"{type.Name} ({file}, built on Microsoft.CodeAnalysis {roslyn})");
                }
            }
        }

        return new SourceGenerators(generators.ToImmutable(), names.ToImmutable(), failures.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>
    /// Runs every generator on each project of the checkout, as a real build does (one context class name in two
    /// projects is one hint name per project, which one generator run over all of them rejects). A project's
    /// compilation has its own trees and references the whole checkout for the other projects' types. The
    /// generated trees' paths are the project name and the generator's hint path; what the generators reported
    /// (CS8784/CS8785 when one threw).
    /// </summary>
    public (ImmutableArray<SyntaxTree> Trees, ImmutableArray<Diagnostic> Diagnostics) Run(CSharpCompilation checkout, SourceCheckout source)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var others = checkout.RemoveAllSyntaxTrees().AddReferences(checkout.ToMetadataReference());
        foreach (var (name, projectTrees) in source.Projects)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(Generators, parseOptions: SourceCheckout.ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(others.WithAssemblyName(name).AddSyntaxTrees(projectTrees), out _, out var reported);
            trees.AddRange(driver.GetRunResult().GeneratedTrees.Select(t => t.WithFilePath(name + "/" + t.FilePath)));
            diagnostics.AddRange(reported);
        }

        return (trees.ToImmutable(), diagnostics.ToImmutable());
    }

    // The root of the running runtime (shared/Microsoft.NETCore.App/<version>/ up three), else DOTNET_ROOT.
    private static string DotnetRoot()
    {
        var running = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var configured = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return Directory.Exists(Path.Combine(running, "packs")) || string.IsNullOrEmpty(configured) ? running : configured;
    }

    // The version the references come from if that pack is installed, else the newest of the same major, else the newest.
    private static string? PackAnalyzers(string root, string pack, string wanted)
    {
        var packDirectory = Path.Combine(root, "packs", pack);
        if (!Directory.Exists(packDirectory))
        {
            return null;
        }

        var want = Version.TryParse(wanted, out var v) ? v : new Version(0, 0);
        var candidates = Directory.GetDirectories(packDirectory)
            .Select(d => (Directory: Path.Combine(d, "analyzers", "dotnet", "cs"), Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var parsed) ? parsed : new Version(0, 0)))
            .Where(c => Directory.Exists(c.Directory))
            .OrderByDescending(c => c.Version)
            .ToList();
        return candidates.Where(c => c.Version == want)
            .Concat(candidates.Where(c => c.Version.Major == want.Major))
            .Concat(candidates)
            .Select(c => c.Directory)
            .FirstOrDefault();
    }

    /// <summary>Loads a generator and, through the load-from context, the assemblies beside it (Microsoft.Interop.SourceGeneration).</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public static readonly Loader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
