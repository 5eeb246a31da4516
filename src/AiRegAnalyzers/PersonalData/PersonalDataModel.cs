using System.Collections.Concurrent;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The personal data model of one compilation (DESIGN.md, "Personal data model"): the attribute
/// and API types it needs, resolved once, and one <see cref="PersonalDataScope"/> per distinct
/// configuration. Shared by every rule through <see cref="Get"/>.
/// </summary>
internal sealed class PersonalDataModel
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<(SyntaxTree Tree, string RuleId), PersonalDataScope> _scopeByTree = new();
    private readonly ConcurrentDictionary<(AnalyzerConfigOptions Options, string RuleId), PersonalDataScope> _scopeByOptions = new();
    private readonly ConcurrentDictionary<string, PersonalDataScope> _scopeByConfiguration = new(StringComparer.Ordinal);

    private PersonalDataModel(Compilation compilation, AnalyzerOptions options)
    {
        _options = options.AnalyzerConfigOptionsProvider;
        Types = new PersonalDataTypes(compilation);
        Catalogue = new PersonalDataCatalogue(compilation);
        Application = new ApplicationAssemblies(compilation, PersonalDataOptions.ApplicationAssemblies.Read(_options.GlobalOptions));
    }

    public PersonalDataTypes Types { get; }

    /// <summary>The library APIs that carry personal data, resolved for this compilation.</summary>
    public PersonalDataCatalogue Catalogue { get; }

    /// <summary>Which referenced assemblies are the application's own.</summary>
    public ApplicationAssemblies Application { get; }

    /// <summary>The model of <paramref name="compilation"/>; call from a compilation-start action.</summary>
    public static PersonalDataModel Get(Compilation compilation, AnalyzerOptions options) =>
        PerCompilation<PersonalDataModel>.Get(compilation, c => new PersonalDataModel(c, options));

    /// <summary>The classifier that applies to code in <paramref name="tree"/> for the rule <paramref name="ruleId"/>.</summary>
    public PersonalDataScope GetScope(SyntaxTree tree, string ruleId)
    {
        var key = (tree, ruleId);
        if (_scopeByTree.TryGetValue(key, out var scope))
        {
            return scope;
        }

        var options = _options.GetOptions(tree);
        var byOptions = (options, ruleId);
        if (_scopeByOptions.TryGetValue(byOptions, out scope))
        {
            return _scopeByTree.GetOrAdd(key, scope);
        }

        var names = PersonalDataOptions.PersonalDataNames.Read(options, ruleId);
        var excluded = PersonalDataOptions.ExcludedNames.Read(options, ruleId);
        var attributes = PersonalDataOptions.PersonalDataAttributes.Read(options, ruleId);
        var sanitizers = PersonalDataOptions.SanitizerMethods.Read(options, ruleId);
        var treatIds = PersonalDataOptions.TreatIdsAsPersonalData.Read(options, ruleId);

        // Scopes, and so their caches, are shared by every tree and rule with the same settings;
        // trees that share an options instance are resolved without reading the options again.
        var configuration = string.Join(",", names) + "|" + string.Join(",", excluded) + "|" + string.Join(",", attributes) + "|" + string.Join(",", sanitizers) + "|" + treatIds;
        scope = _scopeByConfiguration.GetOrAdd(configuration, _ => new PersonalDataScope(Types, Catalogue, Application, names, excluded, attributes, sanitizers, treatIds));
        _scopeByOptions.TryAdd(byOptions, scope);
        return _scopeByTree.GetOrAdd(key, scope);
    }
}
