namespace AiRegAnalyzers.Inventory;

/// <summary>
/// AIREG901 (off by default; the <c>aireg</c> tool turns it on): one hidden diagnostic per
/// instance property or field of the application that the personal data model classifies, with the
/// inventory fields as diagnostic properties. The classification is the rules' own
/// (<see cref="PersonalDataScope.ClassifySymbol"/>), so the inventory and the rules agree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInventoryAnalyzer() : AiRegAnalyzer(Descriptors.Tooling.AIREG901_PersonalDataInventory)
{
    public const string MemberProperty = "Member";
    public const string TypeProperty = "Type";
    public const string CategoryProperty = "Category";
    public const string SensitiveProperty = "Sensitive";
    public const string ClassifiedByProperty = "ClassifiedBy";

    private const string RuleId = RuleIds.PersonalDataInventory;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var model = PersonalDataModel.Get(start.Compilation, start.Options);
        start.RegisterSymbolAction(symbol => Analyze(symbol, model), SymbolKind.Property, SymbolKind.Field);
    }

    private static void Analyze(SymbolAnalysisContext context, PersonalDataModel model)
    {
        var member = context.Symbol;
        // Instance state only: what an object holds about a person. Static members and constants
        // (vocabularies, settings) are not a person's data even when their name says so.
        if (member.IsStatic || member.IsImplicitlyDeclared || member is IFieldSymbol { AssociatedSymbol: not null } || member.ContainingType is null
            || member.Locations.IsDefaultOrEmpty || member.Locations[0] is not { IsInSource: true } location)
        {
            return;
        }

        var scope = model.GetScope(location.SourceTree!, RuleId);
        if (scope.ClassifySymbol(member) is not { } classification)
        {
            return;
        }

        var type = member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(MemberProperty, member.ContainingType.Name + "." + member.Name)
            .Add(TypeProperty, type)
            .Add(CategoryProperty, classification.Category.ToString())
            .Add(SensitiveProperty, classification.IsSensitive ? "true" : "false")
            .Add(ClassifiedByProperty, ClassifiedBy(member, scope));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.Tooling.AIREG901_PersonalDataInventory, location, properties, type + "." + member.Name, PersonalDataText.Describe(new PersonalDataFinding(member.Name, classification, ImmutableArray<string>.Empty))));
    }

    /// <summary>
    /// Which route of the model classified the member. The model tries an attribute first and
    /// then the name; a name in the built-in vocabulary (or a contextual name such as
    /// <c>Patient.Name</c>) is "name", a name only the configuration lists is "configuration",
    /// and anything else the model accepted came from an attribute.
    /// </summary>
    private static string ClassifiedBy(ISymbol member, PersonalDataScope scope)
    {
        if (NameClassifier.Default.Classify(member.Name) is not null || ContextualNames.Classify(member, NameClassifier.Default) is not null)
        {
            return "name";
        }

        return scope.ClassifyName(member.Name) is not null ? "configuration" : "attribute";
    }
}
