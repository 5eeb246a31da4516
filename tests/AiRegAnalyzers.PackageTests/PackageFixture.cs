using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using AiRegAnalyzers.ConfigGen;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed AiRegAnalyzers";
}

/// <summary>
/// Packs the package once per test run into a temporary folder feed and restores one throw-away
/// consumer project against it. The consumer restores into its own packages folder, so the
/// machine's NuGet cache never holds a stale copy of this package and is left as it is.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), "aireg-pkgtests-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        ConsumerDir = Path.Combine(Root, "consumer");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(ConsumerDir);

        var pack = DotNet.Run(RepoRoot, [
            "pack", Path.Combine(RepoRoot, "src", "AiRegAnalyzers.Package", "AiRegAnalyzers.Package.csproj"),
            "-c", "Release", "-o", Feed, "-nodeReuse:false", "-tl:off", "-v:q"]);
        Timings.Add(("pack", pack.Elapsed));
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException("dotnet pack failed\n" + pack);
        }

        PackagePath = Directory.GetFiles(Feed, "AiRegAnalyzers.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(PackagePath)["AiRegAnalyzers.".Length..];

        Descriptors = GlobalConfigGenerator.LoadDescriptors(GlobalConfigGenerator.AnalyzerAssembly);
        ImplementedIds = FindImplementedIds(GlobalConfigGenerator.AnalyzerAssembly);

        File.WriteAllText(Path.Combine(ConsumerDir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <!-- The freshly packed package; the machine's default source stays in place for anything else. -->
              <packageSources>
                <add key="aireg-package-tests" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // One folder per scenario (an .editorconfig applies by folder), all in one solution: one restore,
        // one build of every scenario, then one more build of the default scenario under a Chinese CLI.
        var projects = new List<string>();
        foreach (var scenario in Scenarios.All)
        {
            var dir = Path.Combine(ConsumerDir, scenario.Name);
            Directory.CreateDirectory(dir);
            var properties = string.Concat(scenario.Properties.Select(kv => $"\n    <{kv.Key}>{kv.Value}</{kv.Key}>"));
            var packages = string.Concat((scenario.Packages ?? new Dictionary<string, string>()).Select(kv => $"\n    <PackageReference Include=\"{kv.Key}\" Version=\"{kv.Value}\" PrivateAssets=\"all\" />"));
            File.WriteAllText(Path.Combine(dir, scenario.Name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RestorePackagesPath>$(MSBuildThisFileDirectory)../packages</RestorePackagesPath>{properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="AiRegAnalyzers" Version="{Version}" />{packages}
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), ConsumerSource);
            if (scenario.EditorConfig is not null)
            {
                File.WriteAllText(Path.Combine(dir, ".editorconfig"), "root = true\n\n[*.cs]\n" + scenario.EditorConfig + "\n");
            }

            projects.Add(Path.Combine(dir, scenario.Name + ".csproj"));
        }

        File.WriteAllText(Path.Combine(ConsumerDir, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(ConsumerDir, "Consumers.slnx"), "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{Path.GetRelativePath(ConsumerDir, p)}\" />\n")) + "</Solution>\n");
        Run(["restore", "Consumers.slnx", "-nodeReuse:false", "-tl:off", "-v:q"], "restore");

        // --no-incremental: every scenario compiles afresh. The SARIF argument is given the way a user types
        // it on a command line; its relative path lands in each project's folder.
        SolutionBuild = DotNet.Run(ConsumerDir, ["build", "Consumers.slnx", "--no-restore", "--no-incremental", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false", SarifArgument]);
        Timings.Add(("build of " + projects.Count + " scenarios", SolutionBuild.Elapsed));

        ChineseCliBuild = DotNet.Run(
            ConsumerDir,
            ["build", Path.Combine(ConsumerDir, Scenarios.Default.Name, Scenarios.Default.Name + ".csproj"), "--no-restore", "--no-incremental", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false"],
            new Dictionary<string, string?> { ["DOTNET_CLI_UI_LANGUAGE"] = "zh-Hans" });
        Timings.Add(("build of default scenario with DOTNET_CLI_UI_LANGUAGE=zh-Hans", ChineseCliBuild.Elapsed));
    }

    /// <summary>
    /// The comma must reach MSBuild escaped: <c>-p:</c> splits property lists on ',' and ';', so an
    /// unescaped <c>report.sarif,version=2.1</c> sets a property named <c>version</c> and writes SARIF 1.0.
    /// </summary>
    public const string SarifArgument = "-p:ErrorLog=report.sarif%2Cversion=2.1";

    public DotNetResult SolutionBuild { get; }

    public DotNetResult ChineseCliBuild { get; }

    public ConsumerBuild this[Scenario scenario] => Result(scenario, SolutionBuild);

    public ConsumerBuild ChineseCli => Result(Scenarios.Default, ChineseCliBuild);

    private ConsumerBuild Result(Scenario scenario, DotNetResult build)
    {
        var project = Path.Combine(ConsumerDir, scenario.Name, scenario.Name + ".csproj");
        var sarif = Path.Combine(ConsumerDir, scenario.Name, "report.sarif");
        return new ConsumerBuild(
            scenario.Name,
            project,
            build.ProjectSucceeded(project) && build.Output.Contains($"{Path.DirectorySeparatorChar}{scenario.Name}{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal),
            build.DiagnosticsOf(project),
            build == SolutionBuild && File.Exists(sarif) ? File.ReadAllText(sarif) : null,
            build);
    }

    private void Run(string[] args, string what)
    {
        var result = DotNet.Run(ConsumerDir, args);
        Timings.Add((what, result.Elapsed));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("dotnet " + what + " failed\n" + result);
        }
    }

    /// <summary>
    /// The consumer's code. AIREG301 (high confidence) is certain; AIREG305 and AIREG307 are
    /// genuine violations of rules outside <c>Minimum</c>, so the modes have something to tell apart.
    /// </summary>
    public const string ConsumerSource = """
        using System;
        using System.Security.Cryptography;

        internal static class Program
        {
            private static void Main()
            {
                using var md5 = MD5.Create();
                var sessionToken = new Random().Next().ToString();
                using var aes = Aes.Create();
                aes.Key = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
                Console.WriteLine(md5.HashSize + sessionToken + aes.KeySize);
            }
        }
        """;

    public static int LineOf(string text) =>
        ConsumerSource.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    public string RepoRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string ConsumerDir { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>IDs some analyzer of the built assembly reports (rules still being written are missing).</summary>
    public IReadOnlySet<string> ImplementedIds { get; }

    public IReadOnlySet<string> HighConfidenceIds => Descriptors.Where(GlobalConfigGenerator.IsHighConfidence).Select(d => d.Id).ToHashSet();

    public List<(string What, TimeSpan Elapsed)> Timings { get; } = [];

    public static string FindRepoRoot()
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

    private static IReadOnlySet<string> FindImplementedIds(Assembly analyzerAssembly)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in analyzerAssembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                var analyzer = (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                foreach (var d in analyzer.SupportedDiagnostics)
                {
                    ids.Add(d.Id);
                }
            }
        }

        return ids;
    }

    public void Dispose()
    {
        var report = string.Join(Environment.NewLine, Timings.Select(t => $"{t.Elapsed.TotalSeconds,6:0.0} s  {t.What}"));
        Trace.WriteLine("AiRegAnalyzers package test timings:" + Environment.NewLine + report);
        try
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "aireg-pkgtests-timings.txt"), report);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
