namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Keys (<c>Id</c>, <c>UserId</c>, <c>customer_id</c> of Guid, integer or string type) identify a record,
/// not a person: logging the key instead of the person's data is the de-identification PIPL Art. 51 and
/// GB/T 35273 (3.14, 6.2) ask for. They are not personal data by default, even where a library attribute
/// marks them (<c>IdentityUser.Id</c>); <c>aireg.treat_ids_as_personal_data = true</c> opts back in.
/// Identifiers of the vocabulary that link a person across systems (<c>DeviceId</c>, <c>OpenId</c>,
/// <c>NationalId</c>) are not keys: their names classify them whatever this says.
/// </summary>
internal static class PseudonymousIds
{
    private static readonly PersonalDataClassification Online = new(PersonalDataCategory.OnlineIdentifier, isSensitive: false);

    /// <summary>Whether a symbol named <paramref name="name"/> of type <paramref name="type"/> is a record key.</summary>
    public static bool IsKey(string name, ITypeSymbol type) => IsKeyName(name) && IsKeyType(type);

    /// <summary>With the option on: <c>Id</c> of a person type and <c>UserId</c>, <c>PatientId</c>, ... of a person noun.</summary>
    public static PersonalDataClassification? ClassifyOptedIn(ISymbol symbol, ITypeSymbol type)
    {
        if (!IsKey(symbol.Name, type))
        {
            return null;
        }

        var words = IdentifierWords.Split(symbol.Name);
        if (words.Count == 1)
        {
            return symbol is IPropertySymbol or IFieldSymbol && symbol.ContainingType is { } containing && ContextualNames.IsPersonTypeName(containing.Name) ? Online : null;
        }

        return ContextualNames.IsPersonNoun(words[words.Count - 2]) ? Online : null;
    }

    private static bool IsKeyName(string name)
    {
        // Id, ID, id, UserId, userID, user_id, customerId; not Idea, Paid, Valid.
        var length = name.Length;
        if (length < 2 || (name[length - 1] is not ('d' or 'D')) || (name[length - 2] is not ('i' or 'I')))
        {
            return false;
        }

        if (length == 2)
        {
            return true;
        }

        var before = name[length - 3];
        return name[length - 2] == 'I' ? before != 'I' : before is '_' or '-' && length > 3;
    }

    private static bool IsKeyType(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        // A generic key (IdentityUser<TKey>.Id seen from a controller generic in TUser and TKey) is a key too.
        return type is ITypeParameterSymbol
            || type.SpecialType is SpecialType.System_String or SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
                or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte
            || type is INamedTypeSymbol { Name: "Guid", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
    }
}
