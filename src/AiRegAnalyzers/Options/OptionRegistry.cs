using System.Reflection;

namespace AiRegAnalyzers.Options;

/// <summary>
/// Every <c>aireg.*</c> option the package reads and every rule ID that may prefix one, found by
/// reflection over this assembly's static fields (the same convention the meta tests rely on),
/// so an option declared anywhere is known here without a second list to keep in step.
/// </summary>
internal static class OptionRegistry
{
    private static readonly Lazy<Registry> Instance = new(Build);

    /// <summary>Options by name (the key without <c>aireg.</c>), case-insensitive as .editorconfig keys are.</summary>
    public static IReadOnlyDictionary<string, AiRegOption> Options => Instance.Value.Options;

    /// <summary>Rule IDs, for rule-specific keys such as <c>aireg.AIREG101.log_methods</c>.</summary>
    public static ISet<string> RuleIds => Instance.Value.RuleIds;

    private static Registry Build()
    {
        var options = new Dictionary<string, AiRegOption>(StringComparer.OrdinalIgnoreCase);
        var ruleIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in LoadableTypes(typeof(OptionRegistry).Assembly))
        {
            if (type.ContainsGenericParameters)
            {
                continue;
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (typeof(AiRegOption).IsAssignableFrom(field.FieldType) && field.GetValue(null) is AiRegOption option)
                {
                    options[option.Name] = option;
                }
                else if (field.FieldType == typeof(DiagnosticDescriptor) && field.GetValue(null) is DiagnosticDescriptor descriptor)
                {
                    ruleIds.Add(descriptor.Id);
                }
            }
        }

        return new Registry(options, ruleIds);
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // A host that cannot load a dependency of one type still gets the rest.
            var loaded = new List<Type>();
            foreach (var type in e.Types)
            {
                if (type is not null)
                {
                    loaded.Add(type);
                }
            }

            return loaded;
        }
    }

    private sealed class Registry(Dictionary<string, AiRegOption> options, HashSet<string> ruleIds)
    {
        public IReadOnlyDictionary<string, AiRegOption> Options { get; } = options;

        public ISet<string> RuleIds { get; } = ruleIds;
    }
}
