using System;
using AiRegAnalyzers.Common;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Members whose own name says nothing but whose type says it all: <c>Customer.Name</c> and
/// <c>PatientDto.Name</c> are a person's name; <c>PhoneNumber.Value</c> and <c>Email.Value</c> of a
/// value object are the phone number and the e-mail address. Used when the member's own name does not classify.
/// </summary>
internal static class ContextualNames
{
    private static readonly PersonalDataClassification PersonName = new(PersonalDataCategory.Identity, isSensitive: false);

    /// <summary>Nouns for people, as the head of a type name.</summary>
    private static readonly string[] PersonNouns =
    [
        "patient", "customer", "employee", "user", "member", "person", "student", "contact", "applicant", "candidate", "passenger",
        "guest", "tenant", "buyer", "recipient", "consignee", "citizen", "resident", "staff", "doctor", "nurse", "teacher", "parent",
        "guardian", "child", "driver", "subscriber", "holder", "owner", "visitor", "volunteer", "worker", "people",
        "huanzhe", "kehu", "yuangong", "yonghu", "xuesheng", "huiyuan",
    ];

    /// <summary>Suffixes that wrap a type without changing what it is about (<c>CustomerDto</c>, <c>PatientViewModel</c>).</summary>
    private static readonly string[] WrapperSuffixes =
    [
        "dto", "model", "view", "viewmodel", "vm", "entity", "info", "record", "data", "request", "response", "details", "detail",
        "profile", "command", "input", "output", "item", "summary", "card", "row", "form", "entry", "result",
    ];

    /// <summary>The classification a member gets from its containing type, or <see langword="null"/>.</summary>
    public static PersonalDataClassification? Classify(ISymbol member, NameClassifier names)
    {
        if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic || member.ContainingType is not { } type)
        {
            return null;
        }

        switch (member.Name)
        {
            case "Name":
                return IsPersonType(type.Name) ? PersonName : null;
            case "Value":
                // record PhoneNumber(string Value); struct IdCardNumber { public string Value { get; } }
                return type.TypeKind is TypeKind.Class or TypeKind.Struct && type.SpecialType == SpecialType.None && !IsGenericWrapper(type)
                    ? names.Classify(type.Name)
                    : null;
            default:
                return null;
        }
    }

    private static bool IsGenericWrapper(INamedTypeSymbol type) => type.IsGenericType;

    private static bool IsPersonType(string typeName)
    {
        var words = IdentifierWords.Split(typeName);
        var last = words.Count - 1;
        while (last > 0 && Array.IndexOf(WrapperSuffixes, words[last]) >= 0)
        {
            last--;
        }

        return last >= 0 && Array.IndexOf(PersonNouns, words[last]) >= 0;
    }
}
