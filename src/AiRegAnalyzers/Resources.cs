using System.Resources;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers;

/// <summary>Access to <c>Resources.resx</c> and its zh-Hans satellite.</summary>
internal static class Resources
{
    public static ResourceManager ResourceManager { get; } = new("AiRegAnalyzers.Resources", typeof(Resources).Assembly);

    public static LocalizableString Localizable(string name) =>
        new LocalizableResourceString(name, ResourceManager, typeof(Resources));
}
