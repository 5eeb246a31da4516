namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// A type whose objects carry personal data: its personal-data members, the most telling
/// classification among them, and whether its <c>ToString()</c> prints them.
/// </summary>
internal sealed class CarrierInfo
{
    private const int MaxMembersShown = 4;

    private CarrierInfo(ImmutableArray<string> members, PersonalDataClassification classification, bool revealsOnToString)
    {
        Members = members;
        Classification = classification;
        RevealsOnToString = revealsOnToString;
    }

    public ImmutableArray<string> Members { get; }

    public PersonalDataClassification Classification { get; }

    /// <summary>Records, anonymous types and <c>IdentityUser</c> print personal data from <c>ToString()</c>.</summary>
    public bool RevealsOnToString { get; }

    public bool Leaks(CarrierUse use) => use == CarrierUse.Serialized || RevealsOnToString;

    internal static CarrierInfo? Create(PersonalDataScope scope, PersonalDataTypes types, ITypeSymbol type)
    {
        type = ElementType(type);
        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || PersonalDataScope.IsNeverPersonal(named))
        {
            return null;
        }

        var isIdentityUser = named.InheritsFromOrEquals(types.IdentityUser);
        if (!isIdentityUser && !scope.IsApplicationSymbol(named))
        {
            return null;
        }

        var members = ImmutableArray.CreateBuilder<string>();
        PersonalDataClassification? best = null;
        var total = 0;
        for (INamedTypeSymbol? current = named; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || member.DeclaredAccessibility != Accessibility.Public
                    || member is not (IPropertySymbol { IsIndexer: false } or IFieldSymbol)
                    || scope.ClassifySymbol(member) is not { } classification)
                {
                    continue;
                }

                total++;
                if (members.Count < MaxMembersShown)
                {
                    members.Add(member.Name);
                }

                // The most telling member names the category: sensitive beats plain, specific beats general.
                if (best is null || (classification.IsSensitive && !best.IsSensitive)
                    || (classification.IsSensitive == best.IsSensitive && best.Category == PersonalDataCategory.General))
                {
                    best = classification;
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        if (total > MaxMembersShown)
        {
            members.Add("…");
        }

        var reveals = isIdentityUser || named.IsAnonymousType || named.IsRecord;
        return new CarrierInfo(members.ToImmutable(), best, reveals);
    }

    /// <summary>The element type of arrays and single-argument generic collections, so <c>List&lt;Patient&gt;</c> carries what <c>Patient</c> carries.</summary>
    private static ITypeSymbol ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && (generic.ContainingNamespace.IsNamespace("System.Collections", orBelow: true) || generic.ContainingNamespace.IsNamespace("System.Linq")))
        {
            return generic.TypeArguments[0];
        }

        return type;
    }
}
