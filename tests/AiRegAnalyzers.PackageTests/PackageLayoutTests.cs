using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using AiRegAnalyzers.ConfigGen;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>What is inside the .nupkg.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture fixture;

    public PackageLayoutTests(PackageFixture fixture) => this.fixture = fixture;

    private string[] Entries()
    {
        using var zip = ZipFile.OpenRead(fixture.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private string ReadEntry(string name)
    {
        using var zip = ZipFile.OpenRead(fixture.PackagePath);
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException(name + " is not in the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private XElement Metadata()
    {
        var nuspec = XDocument.Parse(ReadEntry(Entries().Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal))));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/AiRegAnalyzers.dll")]
    [InlineData("analyzers/dotnet/cs/AiRegAnalyzers.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/zh-Hans/AiRegAnalyzers.resources.dll")]
    [InlineData("analyzers/dotnet/cs/zh-Hans/AiRegAnalyzers.CodeFixes.resources.dll")]
    [InlineData("build/AiRegAnalyzers.props")]
    [InlineData("buildTransitive/AiRegAnalyzers.props")]
    [InlineData("README.md")]
    [InlineData("icon.png")]
    [InlineData("LICENSE")]
    [InlineData("CHANGELOG.md")]
    public void Contains(string entry) => Assert.Contains(entry, Entries());

    [Fact]
    public void Presents_itself_with_icon_license_release_notes_and_one_home()
    {
        var metadata = Metadata();
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("MIT", Value("license"));
        Assert.Contains("CHANGELOG.md", Value("releaseNotes"), StringComparison.Ordinal);
        var home = Value("projectUrl");
        Assert.Equal(home, metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value);
        Assert.All(fixture.Descriptors, d => Assert.StartsWith(home + "/", d.HelpLinkUri, StringComparison.Ordinal));
        Assert.Contains("MIT License", ReadEntry("LICENSE"), StringComparison.Ordinal);
        Assert.Contains("## Rules", ReadEntry("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Has_no_lib_folder_and_no_other_dlls()
    {
        var entries = Entries();
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.All(entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/", e));
    }

    [Fact]
    public void Is_a_development_dependency_without_dependencies()
    {
        var metadata = Metadata();
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), "the package must have no dependencies:\n" + dependencies);
        Assert.Equal("README.md", metadata.Elements().Single(e => e.Name.LocalName == "readme").Value);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Minimum")]
    [InlineData("Recommended")]
    [InlineData("Strict")]
    public void Ships_the_mode_config_generated_from_the_descriptors(string mode)
    {
        var packed = ReadEntry("build/config/" + GlobalConfigGenerator.FileName(mode)).ReplaceLineEndings("\n");
        Assert.Equal(GlobalConfigGenerator.Generate(fixture.Descriptors, mode), packed);
    }

    [Fact]
    public void Both_props_select_every_mode()
    {
        var props = ReadEntry("build/AiRegAnalyzers.props");
        foreach (var mode in GlobalConfigGenerator.Modes)
        {
            Assert.Contains("AiRegAnalyzers." + mode + ".globalconfig", props, StringComparison.Ordinal);
        }

        Assert.Contains("../build/AiRegAnalyzers.props", ReadEntry("buildTransitive/AiRegAnalyzers.props"), StringComparison.Ordinal);
    }
}
