using System.Globalization;
using System.Resources;

namespace AiRegAnalyzers;

/// <summary>Access to <c>Resources.resx</c> and its zh-Hans satellite.</summary>
internal static class Resources
{
    public static ResourceManager ResourceManager { get; } = new("AiRegAnalyzers.Resources", typeof(Resources).Assembly);

    public static LocalizableString Localizable(string name) =>
        new LocalizableResourceString(name, ResourceManager, typeof(Resources));

    /// <summary>A resource with format arguments that may themselves be localizable, all read in the reader's culture.</summary>
    public static LocalizableString Localizable(string name, params object[] formatArguments) => new Formatted(name, formatArguments);

    private sealed class Formatted(string name, object[] arguments) : LocalizableString
    {
        protected override string GetText(IFormatProvider? formatProvider)
        {
            var culture = formatProvider as CultureInfo;
            var format = ResourceManager.GetString(name, culture) ?? name;
            return string.Format(formatProvider, format, arguments);
        }

        protected override bool AreEqual(object? other) =>
            other is Formatted formatted && formatted.GetText(CultureInfo.InvariantCulture) == GetText(CultureInfo.InvariantCulture);

        protected override int GetHash() => name.GetHashCode();
    }
}
