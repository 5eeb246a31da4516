using System.Collections.Concurrent;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// The personal data model of one compilation (DESIGN.md, "Personal data model"): the attribute
/// and API types it needs, resolved once, and one <see cref="PersonalDataScope"/> per distinct
/// configuration. Shared by every rule through <see cref="Get"/>.
/// </summary>
internal sealed class PersonalDataModel
{
    private readonly AnalyzerOptions _options;
    private readonly ConcurrentDictionary<string, PerTreeCache<PersonalDataScope>> _scopesByRule = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PersonalDataScope> _scopeByConfiguration = new(StringComparer.Ordinal);

    private PersonalDataModel(Compilation compilation, AnalyzerOptions options)
    {
        _options = options;
        Types = new PersonalDataTypes(compilation);
        Catalogue = new PersonalDataCatalogue(compilation);
        Application = new ApplicationAssemblies(compilation, PersonalDataOptions.ApplicationAssemblies.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions));
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
    public PersonalDataScope GetScope(SyntaxTree tree, string ruleId) => ScopesOf(ruleId).Get(tree);

    /// <summary>The classifiers of the rule <paramref name="ruleId"/> by tree; a rule asking per operation keeps this from its compilation start.</summary>
    public PerTreeCache<PersonalDataScope> ScopesOf(string ruleId) =>
        _scopesByRule.TryGetValue(ruleId, out var scopes)
            ? scopes
            : _scopesByRule.GetOrAdd(ruleId, id => new PerTreeCache<PersonalDataScope>(_options, options => ScopeFor(options, id)));

    private PersonalDataScope ScopeFor(AnalyzerConfigOptions options, string ruleId)
    {
        var names = PersonalDataOptions.PersonalDataNames.Read(options, ruleId);
        var excluded = PersonalDataOptions.ExcludedNames.Read(options, ruleId);
        var attributes = PersonalDataOptions.PersonalDataAttributes.Read(options, ruleId);
        var sanitizers = PersonalDataOptions.SanitizerMethods.Read(options, ruleId);
        var treatIds = PersonalDataOptions.TreatIdsAsPersonalData.Read(options, ruleId);

        // Scopes, and so their caches, are shared by every tree and rule with the same settings.
        var configuration = string.Join(",", names) + "|" + string.Join(",", excluded) + "|" + string.Join(",", attributes) + "|" + string.Join(",", sanitizers) + "|" + treatIds;
        return _scopeByConfiguration.GetOrAdd(configuration, _ => new PersonalDataScope(Types, Catalogue, Application, names, excluded, attributes, sanitizers, treatIds));
    }
}
