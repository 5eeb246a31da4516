using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// A copy of samples/ClinicAssistant outside the repository that takes the packed package by
/// PackageReference (instead of the sample's project references), as a user's repository would.
/// </summary>
public sealed class SampleCopy
{
    private SampleCopy(string root) => Root = root;

    /// <summary>The copy's repository root (no .git above it, so the tool takes this folder).</summary>
    public string Root { get; }

    public string ProjectDir => Path.Combine(Root, "ClinicAssistant");

    public string Project => Path.Combine(ProjectDir, "ClinicAssistant.csproj");

    public string File(string relative) => Path.Combine(ProjectDir, relative);

    public static SampleCopy Create(PackageFixture package, string name)
    {
        var root = Path.Combine(package.Root, name);
        var source = Path.Combine(package.RepoRoot, "samples", "ClinicAssistant");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj" || relative == "Directory.Build.props")
            {
                continue;
            }

            var target = Path.Combine(root, "ClinicAssistant", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }

        // The sample's own package versions, with the packed package in place of the project references.
        var project = System.IO.File.ReadAllText(Path.Combine(source, "ClinicAssistant.csproj"));
        project = Regex.Replace(project, @"<ProjectReference [^>]*/>\s*", string.Empty);
        project = project.Replace(
            "<IsPackable>false</IsPackable>",
            "<IsPackable>false</IsPackable>\n    <RestorePackagesPath>$(MSBuildThisFileDirectory)../../cli-packages</RestorePackagesPath>",
            StringComparison.Ordinal);
        project = project.Replace(
            "<ItemGroup>\n    <PackageReference",
            $"<ItemGroup>\n    <PackageReference Include=\"AiRegAnalyzers\" Version=\"{package.Version}\" PrivateAssets=\"all\" />\n    <PackageReference",
            StringComparison.Ordinal);
        System.IO.File.WriteAllText(Path.Combine(root, "ClinicAssistant", "ClinicAssistant.csproj"), project);
        System.IO.File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        System.IO.File.Copy(Path.Combine(package.ConsumerDir, "nuget.config"), Path.Combine(root, "nuget.config"));
        var copy = new SampleCopy(root);
        var restore = DotNet.Run(root, ["restore", copy.Project, "-nodeReuse:false", "-tl:off", "-v:q"]);
        if (!restore.Succeeded)
        {
            throw new InvalidOperationException("restore of the sample copy failed\n" + restore);
        }

        return copy;
    }

    /// <summary>A plain build of the copy, as a user runs it; every compile runs afresh.</summary>
    public DotNetResult Build(params string[] properties) =>
        DotNet.Run(Root, ["build", Project, "--no-restore", "--no-incremental", "-nodeReuse:false", "-tl:off", "-p:UseSharedCompilation=false", .. properties]);

    /// <summary>Runs the <c>aireg</c> tool built beside the tests (the same configuration).</summary>
    public static DotNetResult Aireg(string workingDirectory, params string[] args) =>
        DotNet.Run(workingDirectory, [ToolPath, .. args]);

    public static string ToolPath
    {
        get
        {
            var configuration = typeof(SampleCopy).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(PackageFixture.FindRepoRoot(), "src", "AiRegAnalyzers.Cli", "bin", configuration, "net10.0", "aireg.dll");
        }
    }
}
