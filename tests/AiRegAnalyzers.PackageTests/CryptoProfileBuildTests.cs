using System;
using System.Linq;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// The cryptography profile reaches the analyzers from the MSBuild property (through the package
/// props' <c>CompilerVisibleProperty</c>) and from <c>.editorconfig</c>, which wins. The consumer's
/// <c>Aes.Create()</c> is outside the national profile; its <c>MD5.Create()</c> is AIREG301's in both.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CryptoProfileBuildTests
{
    private const string OutsideProfile = "AIREG308";

    private readonly PackageFixture fixture;

    public CryptoProfileBuildTests(PackageFixture fixture) => this.fixture = fixture;

    private static void IsNational(ConsumerBuild build)
    {
        Assert.True(build.Succeeded, build.ToString());
        var outside = Assert.Single(build.Diagnostics, d => d.Id == OutsideProfile);
        Assert.Equal(PackageFixture.LineOf("Aes.Create()"), outside.Line);
        Assert.Contains("SM4", outside.Message, StringComparison.Ordinal);
        Assert.Contains("SM3", Assert.Single(build.Diagnostics, d => d.Id == "AIREG301").Message, StringComparison.Ordinal);
    }

    private void IsInternational(ConsumerBuild build)
    {
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(OutsideProfile, build.Ids);
        Assert.Equal(
            fixture[Scenarios.Default].Diagnostics.Select(d => (d.Id, d.Line, d.Message)).OrderBy(d => d),
            build.Diagnostics.Select(d => (d.Id, d.Line, d.Message)).OrderBy(d => d));
    }

    [Fact]
    public void Default_profile_is_international()
    {
        var build = fixture[Scenarios.Default];
        Assert.DoesNotContain(OutsideProfile, build.Ids);
        Assert.Contains("SHA256", Assert.Single(build.Diagnostics, d => d.Id == "AIREG301").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuild_property_GM_selects_the_national_profile() => IsNational(fixture[Scenarios.CryptoGmProperty]);

    [Fact]
    public void EditorConfig_key_selects_the_national_profile() => IsNational(fixture[Scenarios.CryptoGmEditorConfig]);

    [Fact]
    public void EditorConfig_key_wins_over_the_MSBuild_property() => IsInternational(fixture[Scenarios.CryptoGmPropertyOverridden]);

    [Fact]
    public void Unknown_profile_warns_and_stays_international()
    {
        var build = fixture[Scenarios.CryptoUnknownProfile];
        Assert.Contains("warning AIREGPROFILE", build.Build.Output, StringComparison.Ordinal);
        IsInternational(build);
    }

    [Fact]
    public void National_profile_messages_are_in_Chinese_with_PreferredUILang()
    {
        var build = fixture[Scenarios.CryptoGmChinese];
        var message = Assert.Single(build.Diagnostics, d => d.Id == OutsideProfile).Message;
        Assert.Contains("商用密码", message, StringComparison.Ordinal);
        Assert.Contains("SM4", message, StringComparison.Ordinal);
    }
}
